import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import type { EnvironmentId } from '../../shared/environment/environments';
import type { FollowedChallenge } from '../../shared/flows/challenge-flow';
import type { CaseRecorder } from '../case-log/case-recorder';
import type { ChallengeWatcher } from '../challenge-watch/challenge-watcher';
import { CircleCallError } from '../circle/circle-call-error';
import type { CircleGateway } from '../circle/circle-gateway';
import { AgentFailure } from '../failures/agent-failure';
import { flowFailure, userCallFailure } from '../failures/flow-failure';
import type { LiveCaseRegistry } from '../live-cases/live-case-registry';
import { callsBeforeCase } from './case-calls';
import { acquireToken, UserTokenSession } from './user-token-session';

export interface FollowDeps {
  gateway: CircleGateway;
  liveCases: LiveCaseRegistry;
  watcher: ChallengeWatcher;
  now: () => Date;
  environmentId: EnvironmentId;
  recorder: CaseRecorder;
}

/**
 * Follows a challenge the customer runs in their own wallet app: the console never executes it, only watches it
 * (with a token main creates) and reports every status like its own flows.
 */
export async function followChallenge(
  deps: FollowDeps,
  input: { userId: string; challengeId: string },
): Promise<FollowedChallenge> {
  // The calls before the case exists go in its log once it does, and every later one as it happens.
  const calls = callsBeforeCase(deps.gateway);
  const grant = await acquireToken(calls.gateway, input.userId).catch((error: unknown) => {
    throw userCallFailure('token', input.userId, error);
  });
  const token = new UserTokenSession(calls.gateway, input.userId, grant);
  const challenge = await token
    .withToken((current) => calls.gateway.getChallenge(current.userToken, input.challengeId))
    .catch((error: unknown) => {
      if (error instanceof CircleCallError && error.isCircleCode(circleErrorCodes.challengeNotFound)) {
        throw new AgentFailure('unknown-challenge', `User "${input.userId}" has no challenge ${input.challengeId}.`);
      }
      throw flowFailure('status', error);
    });
  const followed = deps.liveCases.open({ flow: 'followed', userId: input.userId, attemptId: null }, deps.now());
  followed.challengeId = challenge.id;
  followed.token = token;
  followed.gateway = calls.gateway;
  deps.recorder.opened(followed.caseId, { environment: deps.environmentId, userId: input.userId, flow: 'followed' });
  calls.recordInto(deps.recorder, followed.caseId);
  deps.recorder.record(followed.caseId, {
    type: 'challenge-created',
    challengeId: challenge.id,
    challengeType: challenge.type,
  });
  deps.watcher.watch(
    { caseId: followed.caseId, userId: input.userId, challengeId: challenge.id, token, gateway: calls.gateway },
    challenge,
  );
  return { caseId: followed.caseId, userId: input.userId, challenge };
}
