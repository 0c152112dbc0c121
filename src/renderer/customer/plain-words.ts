// Circle's words as the agent reads them: statuses as coloured pills ("Enabled", "Locked until 17:12", "Not set"),
// challenge kinds and statuses in words. Circle's own words stay under "Details" and in the case log. Pure.
import type { ChallengeStatus, CircleUserRecord, LockDetails, PinStatus } from '../../shared/circle/circle-records';
import { clockWords, relativeTime } from '../clock/time-words';

/** How a pill is coloured: fine, needs care, blocks the path, or neutral. */
export type Tone = 'ok' | 'warn' | 'bad' | 'neutral' | 'info';

export interface Pill {
  label: string;
  tone: Tone;
  /** Said after the pill in lighter type ("in 4 min · 4 wrong tries"); null when nothing to add. */
  note: string | null;
}

export function accountPill(user: CircleUserRecord): Pill {
  return user.status === 'DISABLED'
    ? { label: 'Disabled', tone: 'bad', note: null }
    : { label: 'Enabled', tone: 'ok', note: null };
}

function tries(count: number): string {
  return `${count} wrong ${count === 1 ? 'try' : 'tries'}`;
}

/** The PIN or the security answers: enabled, locked (until when, if Circle says), or never set. */
export function credentialPill(status: PinStatus, details: LockDetails, now: Date): Pill {
  if (status === 'UNSET') return { label: 'Not set', tone: 'neutral', note: null };
  const end = details.lockedExpiryDate;
  const lockedNow = status === 'LOCKED' && (end === null || new Date(end).getTime() > now.getTime());
  if (lockedNow) {
    if (end === null) return { label: 'Locked', tone: 'bad', note: tries(details.failedAttempts) };
    return {
      label: `Locked until ${clockWords(end, now)}`,
      tone: 'bad',
      note: `${relativeTime(end, now)} · ${tries(details.failedAttempts)}`,
    };
  }
  return {
    label: 'Enabled',
    tone: 'ok',
    note: details.failedAttempts > 0 ? `${tries(details.failedAttempts)} so far` : null,
  };
}

const challengeKinds: Readonly<Record<string, string>> = {
  CHANGE_PIN: 'PIN change',
  RESTORE_PIN: 'Account recovery',
  SET_PIN: 'PIN setup',
  INITIALIZE: 'Wallet setup',
  SET_SECURITY_QUESTIONS: 'Security questions setup',
  CREATE_WALLET: 'New wallet',
  CREATE_TRANSACTION: 'Transfer',
  ACCELERATE_TRANSACTION: 'Speeding up a transfer',
  CANCEL_TRANSACTION: 'Cancelling a transfer',
  CONTRACT_EXECUTION: 'Contract execution',
  WALLET_UPGRADE: 'Wallet upgrade',
  SIGN_MESSAGE: 'Signing a message',
  SIGN_TYPEDDATA: 'Signing data',
  SIGN_TRANSACTION: 'Signing a transaction',
};

/** "PIN change", "Account recovery", "PIN setup"…; a kind Circle adds later reads as "Another request". */
export function challengeKindWords(type: string): string {
  return challengeKinds[type] ?? 'Another request';
}

const statusPills: Readonly<Record<string, Omit<Pill, 'note'>>> = {
  PENDING: { label: 'Not opened yet', tone: 'info' },
  IN_PROGRESS: { label: 'In progress', tone: 'info' },
  COMPLETE: { label: 'Complete', tone: 'ok' },
  FAILED: { label: 'Failed', tone: 'bad' },
  EXPIRED: { label: 'Expired', tone: 'warn' },
};

/** A challenge's status in words; one the console does not know reads "Status not known" (Circle's word in Details). */
export function challengeStatusPill(status: ChallengeStatus): Pill {
  return { ...(statusPills[status] ?? { label: 'Status not known', tone: 'neutral' }), note: null };
}
