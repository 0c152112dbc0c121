import { describe, expect, it } from 'vitest';
import { startChoices } from '../../../../src/renderer/customer/start-choices';
import type { CircleUserRecord } from '../../../../src/shared/circle/circle-records';
import { type CustomerAnswers, recommendPath } from '../../../../src/shared/lookup/path-recommendation';

const now = new Date('2026-11-27T09:00:00Z');
const unlocked = { failedAttempts: 0, lockedDate: null, lockedExpiryDate: null };
const user = (fields: Partial<CircleUserRecord> = {}): CircleUserRecord => ({
  id: 'user-1',
  status: 'ENABLED',
  pinStatus: 'ENABLED',
  securityQuestionStatus: 'ENABLED',
  pinDetails: unlocked,
  securityQuestionDetails: unlocked,
  createDate: null,
  ...fields,
});
const lockedUntil = { failedAttempts: 4, lockedDate: '2026-11-27T08:40:00Z', lockedExpiryDate: '2026-11-27T09:10:00Z' };
const noAnswers: CustomerAnswers = { knowsPin: null, remembersAnswers: null };

function choices(
  looked: CircleUserRecord | null,
  answers = noAnswers,
  extra: { busy?: boolean; unknown?: boolean } = {},
) {
  return startChoices({
    user: looked,
    unknownUser: extra.unknown ?? false,
    recommendation: recommendPath(looked, answers, now),
    busy: extra.busy ?? false,
    now,
  });
}

describe('the start buttons', () => {
  it('before a lookup: Look up is primary, both starts are on and neither is primary', () => {
    const before = choices(null);
    expect(before.lookUpPrimary).toBe(true);
    expect(before.reset).toEqual({ enabled: true, reason: null, primary: false });
    expect(before.recovery).toEqual({ enabled: true, reason: null, primary: false });
  });

  it('after a lookup: the recommended start is primary and Look up is not', () => {
    const reset = choices(user(), { knowsPin: true, remembersAnswers: null });
    expect(reset.lookUpPrimary).toBe(false);
    expect(reset.reset.primary).toBe(true);
    expect(reset.recovery.primary).toBe(false);
    const recovery = choices(user(), { knowsPin: false, remembersAnswers: true });
    expect([recovery.reset.primary, recovery.recovery.primary]).toEqual([false, true]);
  });

  it.each([
    ['disabled', user({ status: 'DISABLED' }), /disabled/, /disabled/],
    ['PIN never set', user({ pinStatus: 'UNSET' }), /never set a PIN/, /never set a PIN/],
    ['PIN locked', user({ pinStatus: 'LOCKED', pinDetails: lockedUntil }), /PIN is locked/, null],
    [
      'answers locked',
      user({ securityQuestionStatus: 'LOCKED', securityQuestionDetails: lockedUntil }),
      null,
      /security answers are locked/,
    ],
  ])('a lookup that rules a path out (%s) turns its start off, with the reason', (_name, looked, reset, recovery) => {
    const shown = choices(looked);
    for (const [choice, reason] of [
      [shown.reset, reset],
      [shown.recovery, recovery],
    ] as const) {
      if (reason) expect(choice).toMatchObject({ enabled: false, reason: expect.stringMatching(reason) });
      else expect(choice).toMatchObject({ enabled: true, reason: null });
    }
  });

  it('an unknown user turns both off; a lock that has passed rules nothing out', () => {
    const unknown = choices(null, noAnswers, { unknown: true });
    expect(unknown.reset).toMatchObject({ enabled: false, reason: expect.stringContaining('no user') });
    expect(unknown.recovery.enabled).toBe(false);
    expect(unknown.lookUpPrimary).toBe(false);
    const expired = { ...lockedUntil, lockedExpiryDate: '2026-11-27T08:59:00Z' };
    expect(choices(user({ pinStatus: 'LOCKED', pinDetails: expired })).reset.enabled).toBe(true);
  });

  it('a running case, or nothing left to try, turns both off', () => {
    expect(choices(user(), noAnswers, { busy: true }).reset).toMatchObject({ enabled: false, reason: /in progress/ });
    const nothing = choices(user(), { knowsPin: false, remembersAnswers: false });
    expect([nothing.reset.enabled, nothing.recovery.enabled]).toEqual([false, false]);
  });
});
