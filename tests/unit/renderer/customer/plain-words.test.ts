import { describe, expect, it } from 'vitest';
import { localTime } from '../../../../src/renderer/clock/time-words';
import {
  accountPill,
  challengeKindWords,
  challengeStatusPill,
  credentialPill,
} from '../../../../src/renderer/customer/plain-words';
import type { CircleUserRecord } from '../../../../src/shared/circle/circle-records';

const now = new Date('2026-11-27T09:00:00Z');
const clean = { failedAttempts: 0, lockedDate: null, lockedExpiryDate: null };
const locked = { failedAttempts: 4, lockedDate: '2026-11-27T08:40:00Z', lockedExpiryDate: '2026-11-27T09:03:00Z' };

describe('Circle’s statuses as the agent reads them', () => {
  it('an account: Enabled (green) or Disabled (red), never Circle’s capitals', () => {
    const user = { status: 'ENABLED' } as CircleUserRecord;
    expect(accountPill(user)).toEqual({ label: 'Enabled', tone: 'ok', note: null });
    expect(accountPill({ ...user, status: 'DISABLED' })).toMatchObject({ label: 'Disabled', tone: 'bad' });
  });

  it('a PIN locked until a time: the local time, how long, and the wrong tries', () => {
    expect(credentialPill('LOCKED', locked, now)).toEqual({
      label: `Locked until ${localTime(locked.lockedExpiryDate)}`,
      tone: 'bad',
      note: 'in 3 min · 4 wrong tries',
    });
  });

  it('a lock that ends tomorrow names the day in its pill', () => {
    const lateEvening = new Date(2026, 11, 4, 23, 45);
    const tomorrow = { ...locked, lockedExpiryDate: new Date(2026, 11, 5, 0, 15).toISOString() };
    const day = new Date(tomorrow.lockedExpiryDate).toLocaleDateString([], { day: 'numeric', month: 'short' });
    expect(credentialPill('LOCKED', tomorrow, lateEvening).label).toContain(day);
  });

  it('a lock whose time has passed reads Enabled (Circle may still say LOCKED until the next read)', () => {
    expect(credentialPill('LOCKED', locked, new Date('2026-11-27T09:04:00Z'))).toMatchObject({ label: 'Enabled' });
  });

  it('never set: Not set; enabled with wrong tries so far: says how many', () => {
    expect(credentialPill('UNSET', clean, now)).toEqual({ label: 'Not set', tone: 'neutral', note: null });
    expect(credentialPill('ENABLED', clean, now)).toEqual({ label: 'Enabled', tone: 'ok', note: null });
    expect(credentialPill('ENABLED', { ...clean, failedAttempts: 1 }, now).note).toBe('1 wrong try so far');
    expect(credentialPill('LOCKED', { ...locked, lockedExpiryDate: null }, now)).toMatchObject({ label: 'Locked' });
  });

  it('challenge kinds and statuses in words; anything new says so instead of showing Circle’s word', () => {
    expect(challengeKindWords('CHANGE_PIN')).toBe('PIN change');
    expect(challengeKindWords('RESTORE_PIN')).toBe('Account recovery');
    expect(challengeKindWords('SET_PIN')).toBe('PIN setup');
    expect(challengeKindWords('SOMETHING_NEW')).toBe('Another request');
    expect(challengeStatusPill('PENDING').label).toBe('Not opened yet');
    expect(challengeStatusPill('IN_PROGRESS').label).toBe('In progress');
    expect(challengeStatusPill('COMPLETE')).toEqual({ label: 'Complete', tone: 'ok', note: null });
    expect(challengeStatusPill('PAUSED').label).toBe('Status not known');
  });
});
