import type { ChallengeRecord } from '../../shared/circle/circle-records';
import type { EnvironmentId } from '../../shared/environment/environments';
import type { CustomerLookup, FollowedChallenge } from '../../shared/flows/customer-lookup';
import type { CaseRecorder } from '../case-log/case-recorder';
import type { CaseRegistry } from '../cases/case-registry';
import type { ChallengeWatcher } from '../challenge-watch/challenge-watcher';
import { CircleCallError } from '../circle/circle-call-error';
import type { CircleGateway } from '../circle/circle-gateway';
import { HandlerFailure } from '../ipc/handler-failure';
import { flowFailure } from './flow-failures';
import { acquireToken, UserTokenSession } from './user-token-session';

export interface LookupDeps {
  gateway: CircleGateway;
  cases: CaseRegistry;
  watcher: ChallengeWatcher;
  now: () => Date;
  environmentId: EnvironmentId;
  recorder: CaseRecorder;
}

function unknownUser(userId: string, error: CircleCallError): HandlerFailure {
  return new HandlerFailure('unknown-user', `Circle has no user "${userId}" in this environment.`, error.circle);
}

/** GET /v1/w3s/users/{id}, then the user's open challenges with a token main creates for the purpose. */
export async function lookUpCustomer(deps: LookupDeps, userId: string): Promise<CustomerLookup> {
  const user = await deps.gateway.getUser(userId).catch((error: unknown) => {
    if (error instanceof CircleCallError && error.isCircleCode(155102)) throw unknownUser(userId, error);
    throw flowFailure('lookup', error);
  });
  let openChallenges: ChallengeRecord[] = [];
  let challengesProblem: string | null = null;
  try {
    const grant = await acquireToken(deps.gateway, userId);
    const [pending, inProgress] = await Promise.all([
      deps.gateway.listChallenges(grant.userToken, 'PENDING'),
      deps.gateway.listChallenges(grant.userToken, 'IN_PROGRESS'),
    ]);
    openChallenges = [...inProgress, ...pending];
  } catch (error) {
    challengesProblem = flowFailure('lookup', error).message;
  }
  return { user, openChallenges, challengesProblem, checkedAt: deps.now().toISOString() };
}

/**
 * Follows a challenge the customer runs in their own wallet app: the console never executes it, only watches it
 * (with a token main creates) and reports every status like its own flows.
 */
export async function followChallenge(
  deps: LookupDeps,
  input: { userId: string; challengeId: string },
): Promise<FollowedChallenge> {
  const grant = await acquireToken(deps.gateway, input.userId).catch((error: unknown) => {
    if (error instanceof CircleCallError && error.isCircleCode(155102)) throw unknownUser(input.userId, error);
    throw flowFailure('token', error);
  });
  const token = new UserTokenSession(deps.gateway, input.userId, grant);
  const challenge = await token
    .withToken((current) => deps.gateway.getChallenge(current.userToken, input.challengeId))
    .catch((error: unknown) => {
      if (error instanceof CircleCallError && error.isCircleCode(155116)) {
        throw new HandlerFailure('unknown-challenge', `User "${input.userId}" has no challenge ${input.challengeId}.`);
      }
      throw flowFailure('status', error);
    });
  const followed = deps.cases.open({ flow: 'followed', userId: input.userId, attemptId: null }, deps.now());
  followed.challengeId = challenge.id;
  followed.token = token;
  deps.recorder.opened(followed.caseId, { environment: deps.environmentId, userId: input.userId, flow: 'followed' });
  deps.recorder.record(followed.caseId, {
    type: 'challenge-created',
    challengeId: challenge.id,
    challengeType: challenge.type,
  });
  deps.watcher.watch({ caseId: followed.caseId, userId: input.userId, challengeId: challenge.id, token }, challenge);
  return { caseId: followed.caseId, userId: input.userId, challenge };
}
