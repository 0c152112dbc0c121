import type { CaseClosed } from '../../shared/contract/ipc-contract';
import type { ChallengeSession, ChallengeUpdate, SdkOutcome } from '../../shared/flows/challenge-flow';
import type { CaseRegistry, OpenCase } from '../cases/case-registry';
import type { ChallengeWatcher } from '../challenge-watch/challenge-watcher';
import { CircleCallError } from '../circle/circle-call-error';
import type { CircleGateway } from '../circle/circle-gateway';
import { HandlerFailure } from '../ipc/handler-failure';
import { flowFailure } from './flow-failures';
import { resetRefusal } from './flow-preflight';
import { acquireToken, UserTokenSession } from './user-token-session';

export interface PinResetDeps {
  gateway: CircleGateway;
  /** The environment's App ID (fetched at start, cached); throws when it could not be fetched. */
  appId: () => Promise<string>;
  cases: CaseRegistry;
  watcher: ChallengeWatcher;
  now: () => Date;
}

/** A resumed challenge must have at least this long left on its token. */
const resumeTokenMarginMs = 5 * 60 * 1000;

/**
 * Circle's reset sequence for one customer: lookup (refusing what cannot succeed), App ID, session token,
 * PUT /v1/w3s/user/pin. A retry of the same attempt reuses the case and its idempotency key, so it never makes
 * a second challenge.
 */
export class PinResetFlow {
  constructor(private readonly deps: PinResetDeps) {}

  async start(input: { userId: string; attemptId: string }): Promise<ChallengeSession> {
    const { cases, now } = this.deps;
    const retried = cases.byAttempt(input.attemptId);
    if (retried && retried.userId !== input.userId) {
      throw new HandlerFailure('invalid-attempt', 'This attempt belongs to another user ID; start a new attempt.');
    }
    await this.preflight(input.userId);
    const appId = await this.deps.appId().catch((error: unknown) => {
      throw flowFailure('app-id', error);
    });
    const opened = retried ?? cases.open({ flow: 'reset', userId: input.userId, attemptId: input.attemptId }, now());
    const token = await this.tokenFor(opened);
    if (!opened.challengeId) {
      const { challengeId } = await token
        .withToken((grant) => this.deps.gateway.createPinChangeChallenge(grant.userToken, opened.idempotencyKey))
        .catch((error: unknown) => {
          throw flowFailure('challenge', error);
        });
      opened.challengeId = challengeId;
      opened.status = 'PENDING';
      this.deps.watcher.watch({ caseId: opened.caseId, userId: opened.userId, challengeId, token });
    }
    return this.session(opened, appId, token);
  }

  /** The same challenge again (the customer closed the window), with a token that will last. */
  async resume(input: { caseId: string }): Promise<ChallengeSession> {
    const opened = this.openCase(input.caseId);
    if (!opened.challengeId || !opened.token) {
      throw new HandlerFailure('nothing-to-resume', 'This case has no challenge yet; start the reset again.');
    }
    if (opened.status && ['COMPLETE', 'FAILED', 'EXPIRED'].includes(opened.status)) {
      throw new HandlerFailure(
        'challenge-ended',
        `This challenge has already ended (${opened.status}); start a new one.`,
      );
    }
    const appId = await this.deps.appId().catch((error: unknown) => {
      throw flowFailure('app-id', error);
    });
    // After the SDK reported a token error, the token is stale on Circle's clock whatever ours says.
    const last = opened.lastSdkOutcome;
    const tokenRejected = last?.kind === 'error' && (last.code === 155104 || last.code === 155105);
    await (tokenRejected ? opened.token.renew() : opened.token.fresh(this.deps.now(), resumeTokenMarginMs)).catch(
      (error: unknown) => {
        throw flowFailure('token', error);
      },
    );
    if (!this.deps.watcher.isWatching(opened.caseId)) {
      this.deps.watcher.watch({
        caseId: opened.caseId,
        userId: opened.userId,
        challengeId: opened.challengeId,
        token: opened.token,
      });
    }
    return this.session(opened, appId, opened.token);
  }

  /** Records what the SDK reported, and checks with Circle at once rather than waiting for the next poll. */
  async reportOutcome(input: { caseId: string; outcome: SdkOutcome }): Promise<ChallengeUpdate | null> {
    const opened = this.openCase(input.caseId);
    opened.lastSdkOutcome = input.outcome;
    return this.deps.watcher.pollNow(opened.caseId);
  }

  cancel(input: { caseId: string }): CaseClosed {
    this.openCase(input.caseId);
    this.deps.watcher.stop(input.caseId);
    this.deps.cases.close(input.caseId);
    return { caseId: input.caseId, outcome: 'cancelled' };
  }

  private openCase(caseId: string): OpenCase {
    const opened = this.deps.cases.get(caseId);
    if (!opened) throw new HandlerFailure('unknown-case', 'This case is not open (it may have been cancelled).');
    return opened;
  }

  private async preflight(userId: string): Promise<void> {
    const user = await this.deps.gateway.getUser(userId).catch((error: unknown) => {
      if (error instanceof CircleCallError && error.isCircleCode(155102)) {
        throw new HandlerFailure('unknown-user', `Circle has no user "${userId}" in this environment.`, error.circle);
      }
      throw flowFailure('lookup', error);
    });
    const refusal = resetRefusal(user, this.deps.now());
    if (refusal) throw new HandlerFailure(refusal.code, refusal.message);
  }

  private async tokenFor(opened: OpenCase): Promise<UserTokenSession> {
    if (opened.token) {
      await opened.token.fresh(this.deps.now(), resumeTokenMarginMs).catch((error: unknown) => {
        throw flowFailure('token', error);
      });
      return opened.token;
    }
    const grant = await acquireToken(this.deps.gateway, opened.userId).catch((error: unknown) => {
      throw flowFailure('token', error);
    });
    opened.token = new UserTokenSession(this.deps.gateway, opened.userId, grant);
    return opened.token;
  }

  private session(opened: OpenCase, appId: string, token: UserTokenSession): ChallengeSession {
    const grant = token.current();
    return {
      caseId: opened.caseId,
      appId,
      userToken: grant.userToken,
      encryptionKey: grant.encryptionKey,
      challengeId: opened.challengeId ?? '',
      tokenExpiresAt: grant.expiresAt.toISOString(),
    };
  }
}
