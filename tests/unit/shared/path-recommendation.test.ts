import { describe, expect, it } from 'vitest';
import type { CircleUserRecord } from '../../../src/shared/circle/circle-records';
import { recommendPath } from '../../../src/shared/lookup/path-recommendation';

const now = new Date('2026-11-27T10:00:00.000Z');
const later = '2026-11-27T10:25:00.000Z';
const earlier = '2026-11-27T09:00:00.000Z';
const unlocked = { failedAttempts: 0, lockedDate: null, lockedExpiryDate: null };
const lockedUntil = (end: string) => ({ failedAttempts: 4, lockedDate: earlier, lockedExpiryDate: end });

function user(fields: Partial<CircleUserRecord> = {}): CircleUserRecord {
  return {
    id: 'user-knows-pin',
    status: 'ENABLED',
    pinStatus: 'ENABLED',
    securityQuestionStatus: 'ENABLED',
    pinDetails: unlocked,
    securityQuestionDetails: unlocked,
    createDate: earlier,
    ...fields,
  };
}

const pinLocked = { pinStatus: 'LOCKED' as const, pinDetails: lockedUntil(later) };
const answersLocked = { securityQuestionStatus: 'LOCKED' as const, securityQuestionDetails: lockedUntil(later) };

describe('recommendPath', () => {
  it('PIN enabled and known → reset', () => {
    expect(recommendPath(user(), { knowsPin: true, remembersAnswers: null }, now)).toMatchObject({
      path: 'reset',
      startsAllowed: true,
    });
  });

  it('PIN forgotten, answers remembered and not locked → recovery', () => {
    expect(recommendPath(user(), { knowsPin: false, remembersAnswers: true }, now).path).toBe('recovery');
  });

  it('PIN locked, answers remembered and not locked → recovery, with the unlock time', () => {
    expect(recommendPath(user(pinLocked), { knowsPin: true, remembersAnswers: true }, now)).toMatchObject({
      path: 'recovery',
      waitUntil: later,
    });
  });

  it('PIN locked and answers not remembered → wait for the unlock time', () => {
    expect(recommendPath(user(pinLocked), { knowsPin: true, remembersAnswers: false }, now)).toMatchObject({
      path: 'wait',
      waitUntil: later,
    });
  });

  it('PIN locked, the answers not asked about yet → ask about them (whatever the first answer), with the unlock time', () => {
    for (const knowsPin of [null, true, false]) {
      expect(recommendPath(user(pinLocked), { knowsPin, remembersAnswers: null }, now)).toMatchObject({
        path: 'ask',
        askNext: 'remembersAnswers',
        waitUntil: later,
      });
    }
  });

  it('nothing answered → ask the first question; the PIN forgotten → ask the second', () => {
    const ask = (knowsPin: boolean | null) => recommendPath(user(), { knowsPin, remembersAnswers: null }, now);
    expect(ask(null)).toMatchObject({ path: 'ask', askNext: 'knowsPin' });
    expect(ask(false)).toMatchObject({ path: 'ask', askNext: 'remembersAnswers' });
    expect(recommendPath(user(), { knowsPin: null, remembersAnswers: true }, now)).toMatchObject({
      path: 'ask',
      askNext: 'knowsPin',
    });
  });

  it('PIN locked and answers locked too → wait', () => {
    const locked = user({ ...pinLocked, ...answersLocked });
    const advice = recommendPath(locked, { knowsPin: true, remembersAnswers: true }, now);
    expect(advice).toMatchObject({ path: 'wait', waitUntil: later });
    expect(advice.reason).toContain('answers are locked too');
  });

  it('a PIN lock that has run out no longer counts', () => {
    const expiredLock = user({ pinStatus: 'LOCKED', pinDetails: lockedUntil(earlier) });
    expect(recommendPath(expiredLock, { knowsPin: true, remembersAnswers: null }, now).path).toBe('reset');
  });

  it('answers locked and PIN forgotten → wait until the answers unlock', () => {
    expect(recommendPath(user(answersLocked), { knowsPin: false, remembersAnswers: true }, now)).toMatchObject({
      path: 'wait',
      waitUntil: later,
    });
  });

  it('answers locked but PIN known → reset still works', () => {
    expect(recommendPath(user(answersLocked), { knowsPin: true, remembersAnswers: true }, now).path).toBe('reset');
  });

  it('a disabled account or a PIN never set is not a PIN case, even when the customer forgot both', () => {
    const neither = { knowsPin: false, remembersAnswers: false };
    expect(recommendPath(user({ pinStatus: 'UNSET' }), neither, now).path).toBe('not-a-reset-case');
    expect(recommendPath(user({ status: 'DISABLED' }), neither, now).path).toBe('not-a-reset-case');
  });

  it('PIN and answers both forgotten → unrecoverable, every start off, with or without a lookup', () => {
    for (const looked of [user(), user(pinLocked), null]) {
      expect(recommendPath(looked, { knowsPin: false, remembersAnswers: false }, now)).toMatchObject({
        path: 'unrecoverable',
        startsAllowed: false,
      });
    }
  });

  it('account disabled → not a reset case', () => {
    const advice = recommendPath(user({ status: 'DISABLED' }), { knowsPin: true, remembersAnswers: true }, now);
    expect(advice).toMatchObject({ path: 'not-a-reset-case' });
    expect(advice.title).toContain('disabled');
  });

  it('PIN never set → not a reset case', () => {
    const advice = recommendPath(user({ pinStatus: 'UNSET' }), { knowsPin: null, remembersAnswers: null }, now);
    expect(advice).toMatchObject({ path: 'not-a-reset-case' });
    expect(advice.title).toContain('no PIN');
  });

  it('no answers yet → ask the two questions', () => {
    expect(recommendPath(user(), { knowsPin: null, remembersAnswers: null }, now).path).toBe('ask');
    expect(recommendPath(null, { knowsPin: false, remembersAnswers: null }, now).path).toBe('ask');
  });
});
