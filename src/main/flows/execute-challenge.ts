import type { AppLook } from '../../shared/app-look/app-look';
import { type ChallengeRecord, isTerminalStatus } from '../../shared/circle/circle-records';
import { userTokenClaims } from '../../shared/contract/executed-challenge-rules';
import { userIdProblem } from '../../shared/contract/user-id-rule';
import type { ChallengeSession, ExecutedSession, TokenRefused } from '../../shared/flows/challenge-flow';
import type { CircleCallError } from '../circle/circle-call-error';
import { AgentFailure } from '../failures/agent-failure';
import { failureEntry, flowFailure } from '../failures/flow-failure';
import type { LiveCase } from '../live-cases/live-case-registry';
import type { IssuedSecrets } from '../secrets/issued-secrets';
import { callsBeforeCase } from './case-calls';
import type { CaseFlowDeps } from './case-flow-deps';
import { circleWords, executedRefusal } from './executed-refusal';
import { PastedTokenSession } from './pasted-token-session';
import type { TokenGrant } from './user-token-session';

export interface ExecuteDeps extends CaseFlowDeps {
  /** Told of every pasted token and key before anything else happens, so every log and export masks them. */
  secrets: IssuedSecrets;
  /** Tells the renderer Circle no longer takes a case's pasted token. */
  publishTokenRefused: (refused: TokenRefused) => void;
}

interface Pasted {
  userToken: string;
  encryptionKey: string;
}

/**
 * Step 4 of Circle's PIN reset guide for a developer: a challenge their own backend made, run with the user token and
 * encryption key they paste. Main checks the challenge with that token (GET /v1/w3s/user/challenges/{id}) before
 * Circle's window opens, follows it like any case, and — since it cannot make tokens for a user it does not know —
 * says when Circle refuses the token and waits for the developer to paste another.
 */
export class ExecutedChallenges {
  constructor(private readonly deps: ExecuteDeps) {}

  async execute(input: Pasted & { challengeId: string }): Promise<ExecutedSession> {
    const { deps } = this;
    deps.secrets.remember(input.userToken, input.encryptionKey);
    const grant = grantOf(input);
    const early = callsBeforeCase(deps.gateway);
    const appId = await deps.appId().catch((error: unknown) => {
      throw flowFailure('app-id', error);
    });
    const challenge = await early.gateway.getChallenge(input.userToken, input.challengeId).catch((error: unknown) => {
      throw executedRefusal(error, input.challengeId);
    });
    refuseEnded(challenge);
    const subject = userTokenClaims(input.userToken)?.subject ?? null;
    // The user the token names, when Circle knows them here: the case shows them and the watcher reads their wrong
    // PIN entries. A sub that is no user ID, or one Circle does not know, leaves the case without a user.
    const looksUp = subject !== null && userIdProblem(subject) === null;
    const user = looksUp ? await early.gateway.getUser(subject).catch(() => null) : null;
    const opened = deps.liveCases.open(
      { flow: 'executed', userId: user ? subject : null, attemptId: null },
      deps.now(),
    );
    opened.gateway = early.gateway;
    opened.challengeId = challenge.id;
    opened.status = challenge.status;
    const token = new PastedTokenSession(grant, (refusal) => this.tokenRefused(opened, refusal));
    opened.executed = { token, subject, challengeType: challenge.type };
    deps.recorder.opened(opened.caseId, { environment: deps.environmentId, userId: opened.userId, flow: 'executed' });
    early.recordInto(deps.recorder, opened.caseId);
    if (user) {
      deps.recorder.record(opened.caseId, {
        type: 'lookup',
        accountStatus: user.status,
        pinStatus: user.pinStatus,
        securityQuestionStatus: user.securityQuestionStatus,
        pinFailedAttempts: user.pinDetails.failedAttempts,
        openChallenges: null,
      });
    }
    deps.recorder.record(opened.caseId, {
      type: 'token-acquired',
      expiresAt: grant.expiresAt.toISOString(),
      source: 'pasted',
    });
    deps.recorder.record(opened.caseId, {
      type: 'challenge-created',
      challengeId: challenge.id,
      challengeType: challenge.type,
    });
    this.watch(opened, token, challenge);
    return { ...session(opened, appId, grant, this.deps.look), userId: opened.userId, challengeType: challenge.type };
  }

  /** A new token and key for an executed case whose token Circle refused: checked with Circle, then used. */
  async replaceToken(input: Pasted & { caseId: string }): Promise<ChallengeSession> {
    const { deps } = this;
    deps.secrets.remember(input.userToken, input.encryptionKey);
    const opened = this.executedCase(input.caseId);
    const executed = opened.executed as NonNullable<LiveCase['executed']>;
    const subject = userTokenClaims(input.userToken)?.subject ?? null;
    if (subject !== executed.subject) {
      throw new AgentFailure(
        'token-of-another-user',
        `This token is for ${named(subject)}, but the challenge belongs to ${named(executed.subject)}: paste a token for ${named(executed.subject)}.`,
      );
    }
    const grant = grantOf(input);
    const appId = await deps.appId().catch((error: unknown) => {
      throw flowFailure('app-id', error);
    });
    const gateway = opened.gateway ?? deps.gateway;
    const challenge = await gateway.getChallenge(grant.userToken, opened.challengeId ?? '').catch((error: unknown) => {
      const failure = executedRefusal(error, opened.challengeId ?? '');
      this.deps.recorder.record(opened.caseId, failureEntry('status', failure));
      throw failure;
    });
    executed.token.replace(grant);
    deps.recorder.record(opened.caseId, {
      type: 'token-acquired',
      expiresAt: grant.expiresAt.toISOString(),
      source: 'pasted',
    });
    this.watch(opened, executed.token, challenge);
    refuseEnded(challenge);
    return session(opened, appId, grant, this.deps.look);
  }

  /** The same challenge again (the customer closed the window), with the pasted token while Circle still takes it. */
  async resume(input: { caseId: string }): Promise<ChallengeSession> {
    const opened = this.executedCase(input.caseId);
    const { token } = opened.executed as NonNullable<LiveCase['executed']>;
    if (opened.status && isTerminalStatus(opened.status)) {
      throw new AgentFailure('challenge-ended', `This challenge has already ended (${opened.status}).`);
    }
    if (!token.usable(this.deps.now())) {
      throw new AgentFailure(
        'token-refused',
        'The pasted user token has expired or Circle refused it, and PIN Desk cannot make another for a user it does not know: paste a new user token and encryption key.',
      );
    }
    const appId = await this.deps.appId().catch((error: unknown) => {
      throw flowFailure('app-id', error);
    });
    if (!this.deps.watcher.isWatching(opened.caseId)) this.watch(opened, token);
    return session(opened, appId, token.current(), this.deps.look);
  }

  /** Circle refused the pasted token while following: say so in the log and to the renderer, and stop polling. */
  private tokenRefused(opened: LiveCase, refusal: CircleCallError): void {
    const code = refusal.circle?.code ?? 0;
    const words = circleWords(refusal, code);
    this.deps.watcher.stop(opened.caseId);
    this.deps.recorder.record(opened.caseId, {
      type: 'error',
      step: 'status',
      code: 'token-refused',
      message: `Circle refused the pasted user token (${code}): “${words}” Waiting for the developer to paste a new one.`,
      ...(refusal.circle ? { circle: refusal.circle } : {}),
    });
    this.deps.publishTokenRefused({ caseId: opened.caseId, code, message: words, at: this.deps.now().toISOString() });
  }

  private watch(opened: LiveCase, token: PastedTokenSession, initial?: ChallengeRecord): void {
    this.deps.watcher.watch(
      {
        caseId: opened.caseId,
        userId: opened.userId,
        challengeId: opened.challengeId ?? '',
        token,
        ...(opened.gateway ? { gateway: opened.gateway } : {}),
      },
      initial,
    );
  }

  private executedCase(caseId: string): LiveCase {
    const opened = this.deps.liveCases.require(caseId);
    if (!opened.executed) throw new AgentFailure('not-executed', 'Only an executed challenge takes a pasted token.');
    return opened;
  }
}

/** The pasted pair as a grant; its expiry is the token's own `exp` (the contract refused a token without one). */
function grantOf(pasted: Pasted): TokenGrant {
  const claims = userTokenClaims(pasted.userToken);
  if (!claims)
    throw new AgentFailure('invalid-token', 'This user token has no expiry, so it is not a Circle user token.');
  return { userToken: pasted.userToken, encryptionKey: pasted.encryptionKey, expiresAt: claims.expiresAt };
}

function refuseEnded(challenge: ChallengeRecord): void {
  if (!isTerminalStatus(challenge.status)) return;
  const code = challenge.errorCode === null ? '' : `, Circle code ${challenge.errorCode}`;
  throw new AgentFailure(
    'challenge-ended',
    `Challenge ${challenge.id} has already ended (${challenge.status}${code}): there is nothing left to execute. Make a new one in your backend.`,
  );
}

function named(subject: string | null): string {
  return subject === null ? 'no named user' : `user “${subject}”`;
}

function session(opened: LiveCase, appId: string, grant: TokenGrant, look?: () => AppLook): ChallengeSession {
  return {
    caseId: opened.caseId,
    appId,
    userToken: grant.userToken,
    encryptionKey: grant.encryptionKey,
    challengeId: opened.challengeId ?? '',
    tokenExpiresAt: grant.expiresAt.toISOString(),
    ...(look ? { look: look() } : {}),
  };
}
