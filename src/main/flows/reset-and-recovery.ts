import { randomUUID } from 'node:crypto';
import { type CircleUserRecord, terminalChallengeStatuses } from '../../shared/circle/circle-records';
import { circleErrorCodes, renewableTokenCodes } from '../../shared/circle-errors/circle-error-codes';
import type { CaseClosed } from '../../shared/contract/ipc-contract';
import type { CustomerLanguage } from '../../shared/customer-language/customer-languages';
import type { ChallengeSession, ChallengeUpdate, ConsoleFlow, SdkOutcome } from '../../shared/flows/challenge-flow';
import { type Refusal, recoveryRefusal, resetRefusal } from '../../shared/flows/flow-refusal';
import type { RecommendationChoice } from '../../shared/lookup/path-recommendation';
import { CircleCallError } from '../circle/circle-call-error';
import type { CircleGateway } from '../circle/circle-gateway';
import { AgentFailure } from '../failures/agent-failure';
import { type FlowStep, failureEntry, flowFailure } from '../failures/flow-failure';
import type { LiveCase } from '../live-cases/live-case-registry';
import { callsBeforeCase } from './case-calls';
import type { CaseFlowDeps } from './case-flow-deps';
import { keyAfterFailure } from './idempotency-key-rule';
import { acquireToken, type TokenGrant, UserTokenSession } from './user-token-session';

interface FlowRules {
  refusal(user: CircleUserRecord, now: Date): Refusal | null;
  createChallenge(gateway: CircleGateway, userToken: string, idempotencyKey: string): Promise<{ challengeId: string }>;
}

const flowRules: Record<ConsoleFlow, FlowRules> = {
  reset: {
    refusal: resetRefusal,
    createChallenge: (gateway, userToken, key) => gateway.createPinChangeChallenge(userToken, key),
  },
  recovery: {
    refusal: recoveryRefusal,
    createChallenge: (gateway, userToken, key) => gateway.createPinRestoreChallenge(userToken, key),
  },
};

export interface ResetAndRecoveryDeps extends CaseFlowDeps {
  /** On Circle mainnet a start needs the user ID typed twice. */
  requiresRetypedUserId?: boolean;
}

/** A resumed challenge must have at least this long left on its token. */
const resumeTokenMarginMs = 5 * 60 * 1000;

/**
 * Circle's sequence for one customer, for a reset (PUT /v1/w3s/user/pin) or a recovery
 * (POST /v1/w3s/user/pin/restore): lookup (refusing what cannot succeed), App ID, session token, challenge. A retry
 * of the same attempt reuses the case; its idempotency key is kept only while the last request's outcome is unknown
 * (idempotency-key-rule.ts), so a retry never makes a second challenge and never meets an answer Circle replays.
 * Every Circle call of a case goes in its log (case-calls.ts).
 */
export class ResetAndRecoveryFlows {
  constructor(private readonly deps: ResetAndRecoveryDeps) {}

  async start(
    flow: ConsoleFlow,
    input: {
      userId: string;
      attemptId: string;
      confirmedUserId?: string | undefined;
      recommendation?: RecommendationChoice | undefined;
      /** The reset this recovery continues (after "Forgot PIN?"). */
      continuesCaseId?: string | undefined;
      /** The customer's language for Circle's window; absent: Circle's own English. */
      language?: CustomerLanguage | undefined;
    },
  ): Promise<ChallengeSession> {
    const { liveCases, now } = this.deps;
    if (this.deps.requiresRetypedUserId && input.confirmedUserId !== input.userId) {
      throw new AgentFailure(
        'confirmation-mismatch',
        'This is Circle mainnet: type the user ID a second time, exactly, to confirm who this is for.',
      );
    }
    const retried = liveCases.byAttempt(input.attemptId);
    if (retried && (retried.userId !== input.userId || retried.flow !== flow)) {
      throw new AgentFailure('invalid-attempt', 'This attempt belongs to another user or flow; start a new one.');
    }
    const early = callsBeforeCase(this.deps.gateway);
    // A token asks nothing of the lookup's answer, so both go at once (a round trip fewer before Circle's window).
    // The lookup still decides: a refused start throws its refusal, and the token it got goes unused.
    const tokenAlongside = retried?.token ? null : acquireToken(retried?.gateway ?? early.gateway, input.userId);
    tokenAlongside?.catch(() => {});
    const user = await this.preflight(flow, input.userId, early.gateway);
    const appId = await this.deps.appId().catch((error: unknown) => {
      throw flowFailure('app-id', error);
    });
    const opened = retried ?? liveCases.open({ flow, userId: input.userId, attemptId: input.attemptId }, now());
    const { recorder } = this.deps;
    opened.gateway ??= early.gateway;
    if (!retried) recorder.opened(opened.caseId, { environment: this.deps.environmentId, userId: input.userId, flow });
    early.recordInto(recorder, opened.caseId);
    if (!retried) {
      recorder.record(opened.caseId, {
        type: 'lookup',
        accountStatus: user.status,
        pinStatus: user.pinStatus,
        securityQuestionStatus: user.securityQuestionStatus,
        pinFailedAttempts: user.pinDetails.failedAttempts,
        openChallenges: null,
      });
      if (input.continuesCaseId) {
        recorder.record(opened.caseId, { type: 'case-linked', relation: 'continues', caseId: input.continuesCaseId });
        recorder.record(input.continuesCaseId, {
          type: 'case-linked',
          relation: 'continued-in',
          caseId: opened.caseId,
        });
      }
      if (input.recommendation) {
        const { path, knowsPin, remembersAnswers } = input.recommendation;
        recorder.record(opened.caseId, { type: 'recommendation', path, customerSaid: { knowsPin, remembersAnswers } });
      }
    }
    // Kept with the case (a resume, a fresh token and "Forgot PIN?" speak it too); a retry may change it.
    if (input.language && input.language !== opened.language) {
      opened.language = input.language;
      recorder.record(opened.caseId, { type: 'customer-language', language: input.language });
    }
    const hadToken = opened.token !== null;
    const token = await this.tokenFor(opened, tokenAlongside).catch((failure: AgentFailure) => {
      this.recordFailure(opened.caseId, 'token', failure);
      throw failure;
    });
    if (!hadToken)
      recorder.record(opened.caseId, { type: 'token-acquired', expiresAt: token.current().expiresAt.toISOString() });
    if (!opened.challengeId) {
      const { challengeId } = await token
        .withToken((grant) => this.createChallenge(flow, opened, grant.userToken))
        .catch((error: unknown) => {
          const failure = flowFailure('challenge', error);
          this.recordFailure(opened.caseId, 'challenge', failure);
          throw failure;
        });
      recorder.record(opened.caseId, {
        type: 'challenge-created',
        challengeId,
        challengeType: flow === 'reset' ? 'CHANGE_PIN' : 'RESTORE_PIN',
      });
      opened.challengeId = challengeId;
      opened.status = 'PENDING';
      this.deps.liveCases.markStartedHere(challengeId, now());
      this.deps.watcher.watch({
        caseId: opened.caseId,
        userId: opened.userId,
        challengeId,
        token,
        ...(opened.gateway ? { gateway: opened.gateway } : {}),
      });
    }
    return this.session(opened, appId, token);
  }

  /** The same challenge again (the customer closed the window), with a token that will last. */
  async resume(input: { caseId: string }): Promise<ChallengeSession> {
    const opened = this.deps.liveCases.require(input.caseId);
    if (!opened.challengeId || !opened.token) {
      throw new AgentFailure('nothing-to-resume', 'This case has no challenge yet; start the reset again.');
    }
    if (opened.status && terminalChallengeStatuses.includes(opened.status)) {
      throw new AgentFailure(
        'challenge-ended',
        `This challenge has already ended (${opened.status}); start a new one.`,
      );
    }
    // The case is open, so a failure here goes in its timeline as well as to the agent.
    const appId = await this.deps.appId().catch((error: unknown) => {
      const failure = flowFailure('app-id', error);
      this.recordFailure(opened.caseId, 'app-id', failure);
      throw failure;
    });
    // After the SDK reported a token error, the token is stale on Circle's clock whatever ours says.
    const last = opened.lastSdkOutcome;
    const tokenRejected = last?.kind === 'error' && renewableTokenCodes.includes(last.code);
    await (tokenRejected ? opened.token.renew() : opened.token.fresh(this.deps.now(), resumeTokenMarginMs)).catch(
      (error: unknown) => {
        const failure = flowFailure('token', error);
        this.recordFailure(opened.caseId, 'token', failure);
        throw failure;
      },
    );
    if (!this.deps.watcher.isWatching(opened.caseId)) {
      this.deps.watcher.watch({
        caseId: opened.caseId,
        userId: opened.userId,
        challengeId: opened.challengeId,
        token: opened.token,
        ...(opened.gateway ? { gateway: opened.gateway } : {}),
      });
    }
    return this.session(opened, appId, opened.token);
  }

  /** Records what the SDK reported, and checks with Circle at once rather than waiting for the next poll. */
  async reportOutcome(input: { caseId: string; outcome: SdkOutcome }): Promise<ChallengeUpdate | null> {
    const opened = this.deps.liveCases.require(input.caseId);
    opened.lastSdkOutcome = input.outcome;
    this.deps.recorder.record(opened.caseId, {
      type: 'sdk-outcome',
      kind: input.outcome.kind,
      ...(input.outcome.kind === 'error' ? { code: input.outcome.code } : {}),
    });
    return this.deps.watcher.pollNow(opened.caseId);
  }

  cancel(input: { caseId: string }): CaseClosed {
    const opened = this.deps.liveCases.require(input.caseId);
    this.deps.watcher.stop(input.caseId);
    this.deps.liveCases.close(input.caseId);
    // A challenge that already ended keeps its outcome in the log; only an unfinished case is cancelled.
    const ended = opened.status !== null && terminalChallengeStatuses.includes(opened.status);
    // Following is only watching: the customer's challenge goes on in their app, so it is not "cancelled".
    if (!ended) {
      this.deps.recorder.closed(input.caseId, { kind: opened.flow === 'followed' ? 'stopped-following' : 'cancelled' });
    }
    return { caseId: input.caseId, outcome: 'cancelled' };
  }

  /**
   * The customer pressed "Forgot PIN?" inside a reset: the reset case is closed as abandoned and a recovery case
   * opened for the same user, so the agent does not start over.
   */
  async switchToRecovery(input: { caseId: string }): Promise<ChallengeSession> {
    const reset = this.deps.liveCases.require(input.caseId);
    if (reset.flow !== 'reset') throw new AgentFailure('not-a-reset', 'Only a reset case can move to recovery.');
    this.deps.watcher.stop(reset.caseId);
    this.deps.liveCases.close(reset.caseId);
    this.deps.recorder.closed(reset.caseId, { kind: 'abandoned' });
    // The user was confirmed when the reset started. Each case names the other, so either leads to the whole story.
    const userId = userOf(reset);
    return this.start('recovery', {
      userId,
      attemptId: randomUUID(),
      confirmedUserId: userId,
      continuesCaseId: reset.caseId,
      language: reset.language,
    });
  }

  /** One request for the challenge; after a definitive refusal the case's next request gets a new key. */
  private async createChallenge(flow: ConsoleFlow, opened: LiveCase, userToken: string) {
    const gateway = opened.gateway ?? this.deps.gateway;
    try {
      return await flowRules[flow].createChallenge(gateway, userToken, opened.idempotencyKey);
    } catch (error) {
      opened.idempotencyKey = keyAfterFailure(opened.idempotencyKey, error, randomUUID);
      throw error;
    }
  }

  private recordFailure(caseId: string, step: FlowStep, failure: AgentFailure): void {
    this.deps.recorder.record(caseId, failureEntry(step, failure));
  }

  private async preflight(flow: ConsoleFlow, userId: string, gateway: CircleGateway): Promise<CircleUserRecord> {
    const user = await gateway.getUser(userId).catch((error: unknown) => {
      if (error instanceof CircleCallError && error.isCircleCode(circleErrorCodes.userNotFound)) {
        throw new AgentFailure('unknown-user', `Circle has no user "${userId}" in this environment.`, error.circle);
      }
      throw flowFailure('lookup', error);
    });
    const refusal = flowRules[flow].refusal(user, this.deps.now());
    if (refusal) throw new AgentFailure(refusal.code, refusal.message);
    return user;
  }

  /** The case's token, fresh enough; a case without one takes `requested` (asked for alongside the lookup). */
  private async tokenFor(opened: LiveCase, requested: Promise<TokenGrant> | null): Promise<UserTokenSession> {
    if (opened.token) {
      await opened.token.fresh(this.deps.now(), resumeTokenMarginMs).catch((error: unknown) => {
        throw flowFailure('token', error);
      });
      return opened.token;
    }
    const gateway = opened.gateway ?? this.deps.gateway;
    const userId = userOf(opened);
    const grant = await (requested ?? acquireToken(gateway, userId)).catch((error: unknown) => {
      throw flowFailure('token', error);
    });
    opened.token = new UserTokenSession(gateway, userId, grant);
    return opened.token;
  }

  private session(opened: LiveCase, appId: string, token: UserTokenSession): ChallengeSession {
    const grant = token.current();
    return {
      caseId: opened.caseId,
      appId,
      userToken: grant.userToken,
      encryptionKey: grant.encryptionKey,
      challengeId: opened.challengeId ?? '',
      tokenExpiresAt: grant.expiresAt.toISOString(),
      ...(opened.language ? { language: opened.language } : {}),
      ...(this.deps.look ? { look: this.deps.look() } : {}),
    };
  }
}

/** The console's own flows always know their user; only an executed case may not. */
function userOf(opened: LiveCase): string {
  if (opened.userId === null)
    throw new AgentFailure('no-user', 'This case names no user, so PIN Desk cannot act for one.');
  return opened.userId;
}
