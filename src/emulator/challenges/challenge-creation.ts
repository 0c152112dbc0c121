// Starting a challenge (PIN, or wallets confirmed with the PIN): idempotent per user (the same key gives back the same
// challenge; with another body, a warning or a refusal: idempotency/reused-key-body.ts), refused with Circle's code
// when the user's state does not allow this type.
import { randomUUID } from 'node:crypto';
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import type { EmulatorCore } from '../emulator-core';
import { circleError } from '../errors/circle-errors';
import { checkReusedKeyBody, requestFieldsOf } from '../idempotency/reused-key-body';
import { type ChallengeType, challengeRefusal } from '../rules/challenge-lifecycle';
import type { ChallengeRecord, UserRecord, WalletRequest } from '../state/emulator-state';
import { standingOf } from '../state/user-view';

export interface ChallengeStart {
  created: boolean;
  challenge: ChallengeRecord;
}

export function startPinChallenge(
  core: EmulatorCore,
  user: UserRecord,
  type: ChallengeType,
  idempotencyKey: string,
  walletRequest?: WalletRequest,
): ChallengeStart {
  const existing = core.store.challengeByIdempotencyKey(user.id, idempotencyKey);
  if (existing) {
    // Reusing a key for a different kind of request is Circle's "use a new idempotency key".
    if (existing.type !== type) throw circleError(circleErrorCodes.newIdempotencyKeyNeeded);
    checkReusedKeyBody(core, {
      userId: user.id,
      idempotencyKey,
      first: requestFieldsOf(existing.walletRequest),
      now: requestFieldsOf(walletRequest),
      firstAnswer: `challenge ${existing.id}`,
    });
    return { created: false, challenge: existing };
  }
  const nowMs = core.clock.nowMs();
  const refusal = challengeRefusal(type, standingOf(user, nowMs));
  if (refusal !== null) throw circleError(refusal);
  const now = new Date(nowMs).toISOString();
  const challenge: ChallengeRecord = {
    id: randomUUID(),
    userId: user.id,
    type,
    status: 'PENDING',
    idempotencyKey,
    createDate: now,
    updateDate: now,
    expiresAt: new Date(nowMs + core.settings.challengeLifetimeSeconds * 1000).toISOString(),
    correlationIds: [],
    errorCode: null,
    errorMessage: null,
    progress: { currentPinVerified: false, answersVerified: false },
    ...(walletRequest ? { walletRequest } : {}),
  };
  core.store.addChallenge(challenge);
  return { created: true, challenge };
}

/** A challenge as Circle's API shows it; `errorCode`/`errorMessage` only on FAILED challenges. */
export function toChallengeView(challenge: ChallengeRecord) {
  return {
    id: challenge.id,
    type: challenge.type,
    status: challenge.status,
    correlationIds: challenge.correlationIds,
    ...(challenge.status === 'FAILED' && challenge.errorCode !== null
      ? { errorCode: challenge.errorCode, errorMessage: challenge.errorMessage ?? '' }
      : {}),
  };
}
