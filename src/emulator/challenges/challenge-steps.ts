// What the hosted PIN UI does to a challenge, step by step: open it (PENDING → IN_PROGRESS), check the current PIN
// or the security answers (counting failures and locking), then set the new PIN — or, for CREATE_WALLET, make the
// wallets once the PIN is confirmed (COMPLETE). A locking failure fails the challenge with Circle's code. Every step
// re-checks the user token, so only the challenge's owner can act, and re-checks the rules the challenge was created
// under against the user as they are now: a challenge that can no longer succeed (the PIN was set meanwhile, the user
// was disabled, the PIN or answers locked, or what it proved was proven for a PIN set again since) ends FAILED with
// Circle's code instead of overwriting anything.
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import { verifySecret } from '../auth/secret-hash';
import { userFromToken } from '../auth/user-session';
import { encryptionKeyFor } from '../auth/user-token';
import type { EmulatorCore } from '../emulator-core';
import { type CircleApiError, circleError } from '../errors/circle-errors';
import type { SecurityQuestionView } from '../hosted-ui/hosted-ui-protocol';
import { canMove, challengeRefusal } from '../rules/challenge-lifecycle';
import { type AttemptCounter, isLocked, recordFailure, recordSuccess } from '../rules/lockout';
import {
  checkNewPin,
  checkPinConfirmation,
  hintMatchesAnswer,
  hintMatchesAnswerCode,
  normaliseAnswer,
  pinProblemCode,
} from '../rules/pin-policy';
import { pinSettingOf, proofStillHolds } from '../rules/proof-of-knowledge';
import { buildUser, type SecurityQuestionAnswer } from '../scenarios/user-builder';
import type { ChallengeRecord, UserRecord } from '../state/emulator-state';
import { standingOf } from '../state/user-view';
import { makeWallets } from '../wallets/wallet-creation';

export interface ChallengeSession {
  challengeId: string;
  userToken: string;
}

export interface OpenRequest extends ChallengeSession {
  encryptionKey: string;
  appId: string;
}

/** A step's answer: done, or a Circle error; `challengeFailed` says the challenge is now FAILED. */
export type StepOutcome =
  | { ok: true; challenge: ChallengeRecord }
  | { ok: false; error: CircleApiError; challengeFailed: boolean };

/** What the hosted PIN UI does to a challenge, bound to one emulator (the hosted UI and rehearsal tools use it). */
export interface ChallengeSteps {
  open(request: OpenRequest): ReturnType<typeof openChallenge>;
  verifyCurrentPin(session: ChallengeSession, pin: string): Promise<StepOutcome>;
  verifyAnswers(session: ChallengeSession, answers: string[]): Promise<StepOutcome>;
  completeWithNewPin(
    session: ChallengeSession,
    pin: string,
    confirmation: string,
    securityQuestions?: { question: string; answer: string }[],
  ): Promise<StepOutcome>;
  /** CREATE_WALLET: the PIN confirms, and the wallets are made. */
  confirmWithPin(session: ChallengeSession, pin: string): Promise<StepOutcome>;
}

function move(core: EmulatorCore, challenge: ChallengeRecord, changes: Partial<ChallengeRecord>): ChallengeRecord {
  if (changes.status && !canMove(challenge.status, changes.status))
    throw circleError(circleErrorCodes.challengeInvalid);
  const next = { ...challenge, ...changes, updateDate: core.clock.now().toISOString() };
  core.store.updateChallenge(next);
  return next;
}

function failChallenge(core: EmulatorCore, challenge: ChallengeRecord, error: CircleApiError): StepOutcome {
  move(core, challenge, { status: 'FAILED', errorCode: error.code, errorMessage: error.message });
  return { ok: false, error, challengeFailed: true };
}

/** Circle's error when the user, as they are now, no longer allows this challenge (the rules checked at creation). */
function refusalNow(core: EmulatorCore, challenge: ChallengeRecord, user: UserRecord): CircleApiError | null {
  const code = challengeRefusal(challenge.type, standingOf(user, core.clock.nowMs()));
  return code === null ? null : circleError(code);
}

/**
 * Circle's error when the challenge cannot finish for the user as they are now: the rules it was created under, then
 * what it proved — which holds only for the PIN it was proven under. A PIN set since (by another challenge) ends it
 * with 155122, "The challenge is invalid. Try the request again to create a new challenge." (reference/circle/README).
 */
function reasonNotToFinish(core: EmulatorCore, challenge: ChallengeRecord, user: UserRecord): CircleApiError | null {
  const refusal = refusalNow(core, challenge, user);
  if (refusal) return refusal;
  return proofStillHolds(challenge.progress, pinSettingOf(user))
    ? null
    : circleError(circleErrorCodes.challengeInvalid);
}

/** The token's user and their challenge, moved to EXPIRED first when its time has passed. */
function ownedChallenge(core: EmulatorCore, session: ChallengeSession) {
  const { user, claims } = userFromToken(core, session.userToken);
  const challenge = core.store.settledChallenge(session.challengeId, core.clock.nowMs());
  if (!challenge || challenge.userId !== user.id) throw circleError(circleErrorCodes.challengeNotFound);
  if (challenge.status === 'EXPIRED') throw circleError(circleErrorCodes.challengeExpired);
  return { user, claims, challenge };
}

/** The session's challenge, which must be IN_PROGRESS (opened by the hosted UI and not finished). */
function challengeInProgress(core: EmulatorCore, session: ChallengeSession) {
  const owned = ownedChallenge(core, session);
  if (owned.challenge.status !== 'IN_PROGRESS') throw circleError(circleErrorCodes.challengeInvalid);
  return owned;
}

/** Checks everything the hosted UI must check before showing a PIN screen, then marks the challenge IN_PROGRESS. */
export function openChallenge(
  core: EmulatorCore,
  request: OpenRequest,
): { challenge: ChallengeRecord; questions: SecurityQuestionView[] } {
  if (request.appId !== core.store.entity.appId) throw circleError(circleErrorCodes.unknownAppId);
  const { user, claims, challenge } = ownedChallenge(core, request);
  if (request.encryptionKey !== encryptionKeyFor(claims.jti, core.store.entity.tokenSecret))
    throw circleError(circleErrorCodes.encryptionKeyMismatch);
  // Reopening an IN_PROGRESS challenge is allowed (the customer reloaded the page); finished ones are not. Every
  // opening starts from the first screen: what was verified before a cancel must be proven again, or whoever sits
  // at the desk next could finish a customer's abandoned reset.
  if (challenge.status !== 'PENDING' && challenge.status !== 'IN_PROGRESS')
    throw circleError(circleErrorCodes.challengeInvalid);
  const refusal = refusalNow(core, challenge, user);
  if (refusal) {
    failChallenge(core, challenge, refusal);
    throw refusal;
  }
  const opened = move(core, challenge, {
    ...(challenge.status === 'PENDING' ? { status: 'IN_PROGRESS' as const } : {}),
    progress: { currentPinVerified: false, answersVerified: false },
  });
  const questions = (user.securityQuestions ?? []).map((entry) => ({
    question: entry.question,
    type: entry.type ?? 'TEXT',
    hint: entry.hint ?? null,
  }));
  return { challenge: opened, questions };
}

async function checkAgainstCounter(
  core: EmulatorCore,
  session: ChallengeSession,
  counterOf: (user: UserRecord) => AttemptCounter,
  withCounter: (user: UserRecord, counter: AttemptCounter) => UserRecord,
  verify: (user: UserRecord) => Promise<boolean>,
  codes: { wrong: number; locked: number },
  progress: Partial<ChallengeRecord['progress']>,
): Promise<StepOutcome> {
  const { user, challenge } = challengeInProgress(core, session);
  const refusal = refusalNow(core, challenge, user);
  if (refusal) return failChallenge(core, challenge, refusal);
  if (isLocked(counterOf(user), core.clock.nowMs())) return failChallenge(core, challenge, circleError(codes.locked));
  const correct = await verify(user);
  // Hashing is asynchronous: count against the latest record so concurrent attempts are all counted.
  const latest = core.store.users.get(user.id) ?? user;
  const current = core.store.challenges.get(challenge.id) ?? challenge;
  if (correct) {
    core.store.putUser(withCounter(latest, recordSuccess()));
    // The proof is for the PIN the checked record had, even if another challenge set a new one while hashing.
    const proven = { ...current.progress, ...progress, provenForPin: pinSettingOf(user) };
    return { ok: true, challenge: move(core, current, { progress: proven }) };
  }
  const outcome = recordFailure(counterOf(latest), core.clock.nowMs(), core.settings.lockout);
  core.store.putUser(withCounter(latest, outcome.counter));
  if (outcome.locked) return failChallenge(core, current, circleError(codes.locked));
  return { ok: false, error: circleError(codes.wrong), challengeFailed: false };
}

export function verifyCurrentPin(core: EmulatorCore, session: ChallengeSession, pin: string): Promise<StepOutcome> {
  return checkAgainstCounter(
    core,
    session,
    (user) => user.pinAttempts,
    (user, pinAttempts) => ({ ...user, pinAttempts }),
    async (user) => user.pinHash !== null && (await verifySecret(pin, user.pinHash)),
    { wrong: circleErrorCodes.wrongPin, locked: circleErrorCodes.pinLocked },
    { currentPinVerified: true },
  );
}

export function verifyAnswers(core: EmulatorCore, session: ChallengeSession, answers: string[]): Promise<StepOutcome> {
  return checkAgainstCounter(
    core,
    session,
    (user) => user.answerAttempts,
    (user, answerAttempts) => ({ ...user, answerAttempts }),
    async (user) => {
      const questions = user.securityQuestions ?? [];
      if (questions.length === 0 || answers.length !== questions.length) return false;
      const checks = await Promise.all(
        questions.map((entry, index) => verifySecret(normaliseAnswer(answers[index] ?? ''), entry.answerHash)),
      );
      return checks.every(Boolean);
    },
    { wrong: circleErrorCodes.wrongAnswers, locked: circleErrorCodes.answersLocked },
    { answersVerified: true },
  );
}

/**
 * Sets the new PIN (and, for SET_PIN/INITIALIZE, the security questions; for an INITIALIZE with blockchains, makes the
 * wallets) and completes the challenge.
 */
export async function completeWithNewPin(
  core: EmulatorCore,
  session: ChallengeSession,
  pin: string,
  confirmation: string,
  securityQuestions?: SecurityQuestionAnswer[],
): Promise<StepOutcome> {
  const { user, challenge } = challengeInProgress(core, session);
  const refusal = reasonNotToFinish(core, challenge, user);
  if (refusal) return failChallenge(core, challenge, refusal);
  if (challenge.type === 'CREATE_WALLET') throw circleError(circleErrorCodes.challengeInvalid);
  if (challenge.type === 'CHANGE_PIN' && !challenge.progress.currentPinVerified)
    throw circleError(circleErrorCodes.challengeInvalid);
  if (challenge.type === 'RESTORE_PIN' && !challenge.progress.answersVerified)
    throw circleError(circleErrorCodes.challengeInvalid);
  const setsQuestions = challenge.type === 'SET_PIN' || challenge.type === 'INITIALIZE';
  if (setsQuestions && (securityQuestions?.length ?? 0) < 2)
    throw circleError(circleErrorCodes.securityQuestionsMissing);
  const problem = checkNewPin(pin) ?? checkPinConfirmation(pin, confirmation);
  if (problem) return { ok: false, error: circleError(pinProblemCode[problem]), challengeFailed: false };
  if (setsQuestions && securityQuestions?.some(hintMatchesAnswer))
    return { ok: false, error: circleError(hintMatchesAnswerCode), challengeFailed: false };
  const hashed = await buildUser(
    { userId: user.id, pin, ...(setsQuestions ? { securityQuestions } : {}) },
    core.clock.nowMs(),
    core.settings.secretHashCost,
    core.settings.lockout,
  );
  // Hashing is asynchronous: another challenge may have set the PIN (or the user changed) meanwhile.
  const latest = core.store.users.get(user.id) ?? user;
  const current = core.store.challenges.get(challenge.id) ?? challenge;
  if (current.status !== 'IN_PROGRESS') throw circleError(circleErrorCodes.challengeInvalid);
  const refusalAfterHashing = reasonNotToFinish(core, current, latest);
  if (refusalAfterHashing) return failChallenge(core, current, refusalAfterHashing);
  core.store.putUser({
    ...latest,
    pinHash: hashed.pinHash,
    pinAttempts: recordSuccess(),
    ...(setsQuestions ? { securityQuestions: hashed.securityQuestions, answerAttempts: recordSuccess() } : {}),
  });
  // An INITIALIZE with blockchains names its wallets as CREATE_WALLET does (Circle documents it for CREATE_WALLET
  // only: reference/circle/README.md).
  const wallets = current.walletRequest
    ? makeWallets(current.walletRequest, user.id, core.store.walletsOf(user.id), core.clock.nowMs())
    : [];
  if (wallets.length > 0) core.store.addWallets(wallets);
  const correlationIds = wallets.map((wallet) => wallet.id);
  return { ok: true, challenge: move(core, current, { status: 'COMPLETE', correlationIds }) };
}

/** CREATE_WALLET's one step: the PIN (counted towards the lock like any other entry), then the wallets. */
export async function confirmWithPin(core: EmulatorCore, session: ChallengeSession, pin: string): Promise<StepOutcome> {
  const { user, challenge } = challengeInProgress(core, session);
  if (challenge.type !== 'CREATE_WALLET' || !challenge.walletRequest) {
    throw circleError(circleErrorCodes.challengeInvalid);
  }
  const confirmed = await verifyCurrentPin(core, session, pin);
  if (!confirmed.ok) return confirmed;
  const refusal = reasonNotToFinish(core, confirmed.challenge, core.store.users.get(challenge.userId) ?? user);
  if (refusal) return failChallenge(core, confirmed.challenge, refusal);
  const wallets = makeWallets(
    challenge.walletRequest,
    challenge.userId,
    core.store.walletsOf(challenge.userId),
    core.clock.nowMs(),
  );
  core.store.addWallets(wallets);
  // Circle: "For type CREATE_WALLET, the wallet id associated with the request."
  const correlationIds = wallets.map((wallet) => wallet.id);
  return { ok: true, challenge: move(core, confirmed.challenge, { status: 'COMPLETE', correlationIds }) };
}
