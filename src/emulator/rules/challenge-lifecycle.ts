// Which challenge a user may start (and may still finish: every step checks the same rules against the user as they
// are now), and how a challenge moves: PENDING → IN_PROGRESS (hosted UI opened) → COMPLETE | FAILED | EXPIRED. Pure
// functions over plain data.
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';

export type ChallengeType = 'INITIALIZE' | 'SET_PIN' | 'CHANGE_PIN' | 'RESTORE_PIN' | 'CREATE_WALLET';
export type ChallengeStatus = 'PENDING' | 'IN_PROGRESS' | 'COMPLETE' | 'FAILED' | 'EXPIRED';
export type CredentialStatus = 'ENABLED' | 'UNSET' | 'LOCKED';

/** Circle documents no lifetime for a challenge; the emulator's choice, configurable per emulator. */
export const defaultChallengeLifetimeSeconds = 10 * 60;

const allowedMoves: Record<ChallengeStatus, readonly ChallengeStatus[]> = {
  PENDING: ['IN_PROGRESS', 'FAILED', 'EXPIRED'],
  IN_PROGRESS: ['COMPLETE', 'FAILED', 'EXPIRED'],
  COMPLETE: [],
  FAILED: [],
  EXPIRED: [],
};

export function canMove(from: ChallengeStatus, to: ChallengeStatus): boolean {
  return allowedMoves[from].includes(to);
}

export function isTerminal(status: ChallengeStatus): boolean {
  return allowedMoves[status].length === 0;
}

export function isDueToExpire(challenge: { status: ChallengeStatus; expiresAt: string }, nowMs: number): boolean {
  return !isTerminal(challenge.status) && Date.parse(challenge.expiresAt) <= nowMs;
}

export interface UserStanding {
  status: 'ENABLED' | 'DISABLED';
  pinStatus: CredentialStatus;
  securityQuestionStatus: CredentialStatus;
}

/**
 * Circle's error code when a user in this standing cannot start this type of challenge — or can no longer finish one
 * already started — else null.
 */
export function challengeRefusal(type: ChallengeType, user: UserStanding): number | null {
  if (user.status === 'DISABLED') return circleErrorCodes.userDisabled;
  switch (type) {
    case 'INITIALIZE':
      return user.pinStatus === 'UNSET' ? null : circleErrorCodes.userAlreadyInitialized;
    case 'SET_PIN':
      return user.pinStatus === 'UNSET' ? null : circleErrorCodes.pinAlreadySet;
    case 'CHANGE_PIN':
    case 'CREATE_WALLET':
      if (user.pinStatus === 'UNSET') return circleErrorCodes.pinNotSet;
      // The emulator refuses a change (or a wallet, confirmed with the PIN) while the PIN is locked, rather than
      // letting the hosted UI fail it later.
      return user.pinStatus === 'LOCKED' ? circleErrorCodes.pinLocked : null;
    case 'RESTORE_PIN':
      if (user.pinStatus === 'UNSET') return circleErrorCodes.pinNotSet;
      if (user.securityQuestionStatus === 'UNSET') return circleErrorCodes.securityQuestionsNotSet;
      return user.securityQuestionStatus === 'LOCKED' ? circleErrorCodes.answersLocked : null;
  }
}

/** Webhook notification type for each challenge type. */
export const notificationTypeOf: Record<ChallengeType, string> = {
  INITIALIZE: 'challenges.initialize',
  SET_PIN: 'challenges.setPin',
  CHANGE_PIN: 'challenges.changePin',
  RESTORE_PIN: 'challenges.restorePin',
  CREATE_WALLET: 'challenges.createWallet',
};
