// A challenge as a client sees it under the behaviour profile: the records keep what happened (EXPIRED among it),
// and the `circle` profile shows an expiry the way Circle documents it — FAILED with 155121 "challenge expired" — in
// GET /user/challenges/{id}, the list and notifications alike.
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import { circleErrorRow } from '../errors/circle-errors';
import type { ChallengeStatus } from '../rules/challenge-lifecycle';
import type { ChallengeRecord } from '../state/emulator-state';
import type { BehaviourProfile } from './emulator-behaviour';

const expiredMessage = circleErrorRow(circleErrorCodes.challengeExpired)?.message ?? 'Challenge expired.';

export function presentedChallenge(challenge: ChallengeRecord, profile: BehaviourProfile): ChallengeRecord {
  if (profile !== 'circle' || challenge.status !== 'EXPIRED') return challenge;
  return { ...challenge, status: 'FAILED', errorCode: circleErrorCodes.challengeExpired, errorMessage: expiredMessage };
}

/** Circle documents challenge notifications for COMPLETE and FAILED only; `detailed` sends every change. */
export function notifiesOn(presentedStatus: ChallengeStatus, profile: BehaviourProfile): boolean {
  return profile === 'detailed' || presentedStatus === 'COMPLETE' || presentedStatus === 'FAILED';
}
