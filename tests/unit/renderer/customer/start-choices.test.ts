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
  extra: { caseShown?: boolean; failedLookup?: { retry: boolean } } = {},
) {
  return startChoices({
    user: looked,
    failedLookup: extra.failedLookup ?? null,
    recommendation: recommendPath(looked, answers, now),
    caseShown: extra.caseShown ?? false,
    now,
  });
}

/** Which one button is filled: exactly one, or none while the customer still has to be asked. */
function primaries(shown: ReturnType<typeof choices>): string[] {
  return [
    shown.lookUpPrimary && 'look up',
    shown.retryLookupPrimary && 'retry',
    shown.newCustomerPrimary && 'new customer',
    shown.reset.primary && 'reset',
    shown.recovery.primary && 'recovery',
  ].filter((name): name is string => Boolean(name));
}

describe('the start buttons', () => {
  it('before a lookup: Look up is primary, both starts are on and neither is primary', () => {
    const before = choices(null);
    expect(primaries(before)).toEqual(['look up']);
    expect(before.reset).toEqual({ enabled: true, reason: null, primary: false });
    expect(before.recovery).toEqual({ enabled: true, reason: null, primary: false });
  });

  it('after a lookup: the recommended start is the one primary', () => {
    expect(primaries(choices(user(), { knowsPin: true, remembersAnswers: null }))).toEqual(['reset']);
    expect(primaries(choices(user(), { knowsPin: false, remembersAnswers: true }))).toEqual(['recovery']);
  });

  it('after a lookup, before the questions are answered: nothing is filled (asking is the next step)', () => {
    expect(primaries(choices(user()))).toEqual([]);
  });

  it.each([
    [
      'a wait for the PIN to unlock',
      user({ pinStatus: 'LOCKED', pinDetails: lockedUntil }),
      { knowsPin: true, remembersAnswers: false },
    ],
    ['a disabled account', user({ status: 'DISABLED' }), { knowsPin: true, remembersAnswers: true }],
    ['a PIN never set', user({ pinStatus: 'UNSET' }), { knowsPin: true, remembersAnswers: true }],
    ['PIN and answers both forgotten', user(), { knowsPin: false, remembersAnswers: false }],
  ])('nothing can start today (%s): New customer is the one primary', (_name, looked, answers) => {
    expect(primaries(choices(looked, answers))).toEqual(['new customer']);
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

  it('a failed lookup: its script replaces the starts; Retry leads when it can help, else Look up again', () => {
    const passing = choices(null, noAnswers, { failedLookup: { retry: true } });
    expect(primaries(passing)).toEqual(['retry']);
    expect([passing.reset.enabled, passing.recovery.enabled]).toEqual([false, false]);
    expect(primaries(choices(null, noAnswers, { failedLookup: { retry: false } }))).toEqual(['look up']);
  });

  it('a lock whose unlock time the script says is named without the time again', () => {
    const waiting = choices(user({ pinStatus: 'LOCKED', pinDetails: lockedUntil }), {
      knowsPin: true,
      remembersAnswers: false,
    });
    expect(waiting.reset.reason).toBe('Off while the PIN is locked.');
  });

  it('a lock that has passed rules nothing out', () => {
    const expired = { ...lockedUntil, lockedExpiryDate: '2026-11-27T08:59:00Z' };
    expect(choices(user({ pinStatus: 'LOCKED', pinDetails: expired })).reset.enabled).toBe(true);
  });

  it('a case on screen: the case leads, nothing here is primary and both starts are off', () => {
    const shown = choices(user(), { knowsPin: true, remembersAnswers: true }, { caseShown: true });
    expect(primaries(shown)).toEqual([]);
    expect(shown.reset).toMatchObject({ enabled: false, reason: /in progress/ });
    const nothing = choices(user(), { knowsPin: false, remembersAnswers: false });
    expect([nothing.reset.enabled, nothing.recovery.enabled]).toEqual([false, false]);
  });
});
