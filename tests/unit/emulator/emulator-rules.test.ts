// The emulator's rules as pure functions: PIN policy, lockouts, the challenge lifecycle and what a challenge proved, on
// explicit instants.
import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../../../src/emulator/clock/virtual-clock';
import {
  canMove,
  challengeRefusal,
  isDueToExpire,
  type UserStanding,
} from '../../../src/emulator/rules/challenge-lifecycle';
import {
  circleLockoutPolicy,
  freshCounter,
  isLocked,
  lockedUntil,
  recordFailure,
  settleCounter,
} from '../../../src/emulator/rules/lockout';
import {
  checkNewPin,
  checkPinConfirmation,
  hintMatchesAnswer,
  isConsecutive,
  isRepeating,
  normaliseAnswer,
} from '../../../src/emulator/rules/pin-policy';
import { pinSettingOf, proofStillHolds } from '../../../src/emulator/rules/proof-of-knowledge';

describe('PIN policy', () => {
  it('accepts six digits without a repeating or consecutive run', () => {
    for (const pin of ['602841', '390517', '112358', '135790', '123457']) expect(checkNewPin(pin)).toBeNull();
  });

  it('refuses repeating and consecutive PINs as weak (155704)', () => {
    for (const pin of ['000000', '999999', '123456', '654321', '345678', '987654'])
      expect(checkNewPin(pin)).toBe('weak');
  });

  it('refuses anything that is not exactly six digits', () => {
    for (const pin of ['', '12345', '1234567', '12a456', ' 48021', '４８０２１３']) {
      expect(checkNewPin(pin)).toBe('not-six-digits');
    }
  });

  it('requires the confirmation to match (155703)', () => {
    expect(checkPinConfirmation('602841', '602841')).toBeNull();
    expect(checkPinConfirmation('602841', '602842')).toBe('mismatch');
  });

  it('normalises answers: trimmed and case-insensitive', () => {
    expect(normaliseAnswer('  Biscuit ')).toBe('biscuit');
    expect(normaliseAnswer('Mr BISCUIT\t')).toBe('mr biscuit');
    // Only case and the ends: a different answer stays different.
    expect(normaliseAnswer('Rex')).not.toBe(normaliseAnswer('Biscuit'));
  });
});

describe('weak runs and hints, on their own', () => {
  it('finds no run in too few digits: nothing, or one digit, is neither repeating nor consecutive', () => {
    expect(isRepeating('')).toBe(false);
    expect(isConsecutive('')).toBe(false);
    expect(isConsecutive('7')).toBe(false);
    expect(isRepeating('7')).toBe(true);
    expect(isConsecutive('78')).toBe(true);
    expect(isConsecutive('87')).toBe(true);
    expect(isConsecutive('786')).toBe(false);
  });

  it('says a hint gives its answer away when it is the answer, compared as answers are (155705)', () => {
    expect(hintMatchesAnswer({ answer: 'Biscuit', hint: ' biscuit ' })).toBe(true);
    expect(hintMatchesAnswer({ answer: 'Biscuit', hint: 'a dog' })).toBe(false);
    expect(hintMatchesAnswer({ answer: 'Biscuit' })).toBe(false);
    // A blank hint gives nothing away, even against an answer that is blank once trimmed.
    expect(hintMatchesAnswer({ answer: ' ', hint: '   ' })).toBe(false);
  });
});

describe('lockout', () => {
  const t0 = Date.parse('2025-01-01T00:00:00Z');

  it('answers the first three wrong entries without a lock and locks on the fourth for 30 minutes', () => {
    let counter = freshCounter();
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const outcome = recordFailure(counter, t0, circleLockoutPolicy);
      expect(outcome.locked).toBe(false);
      counter = outcome.counter;
      expect(counter.failedAttempts).toBe(attempt);
    }
    const fourth = recordFailure(counter, t0, circleLockoutPolicy);
    expect(fourth.locked).toBe(true);
    expect(fourth.counter).toEqual({
      failedAttempts: 4,
      lockedDate: '2025-01-01T00:00:00.000Z',
      lockedExpiryDate: '2025-01-01T00:30:00.000Z',
    });
  });

  it('lifts the lock when its time passes, and counting starts again', () => {
    const locked = recordFailure({ ...freshCounter(), failedAttempts: 3 }, t0, circleLockoutPolicy).counter;
    expect(isLocked(locked, t0 + 29 * 60 * 1000)).toBe(true);
    expect(isLocked(locked, t0 + 30 * 60 * 1000)).toBe(false);
    expect(settleCounter(locked, t0 + 30 * 60 * 1000)).toEqual(freshCounter());
    expect(recordFailure(locked, t0 + 31 * 60 * 1000, circleLockoutPolicy).counter.failedAttempts).toBe(1);
  });
});

describe('a lock set by hand (seeded scenarios, developer controls)', () => {
  const t0 = Date.parse('2025-01-01T00:00:00Z');

  it('looks like a lock the fourth wrong entry set: four failures, locked 30 minutes before it ends', () => {
    expect(lockedUntil(t0, t0 + 10 * 60 * 1000, circleLockoutPolicy)).toEqual({
      failedAttempts: 4,
      lockedDate: '2024-12-31T23:40:00.000Z',
      lockedExpiryDate: '2025-01-01T00:10:00.000Z',
    });
  });

  it('ends no earlier than now', () => {
    expect(lockedUntil(t0, t0 - 1000, circleLockoutPolicy).lockedExpiryDate).toBe('2025-01-01T00:00:00.000Z');
  });
});

describe('challenge lifecycle', () => {
  const standing = (changes: Partial<UserStanding> = {}): UserStanding => ({
    status: 'ENABLED',
    pinStatus: 'ENABLED',
    securityQuestionStatus: 'ENABLED',
    ...changes,
  });

  it('moves PENDING → IN_PROGRESS → COMPLETE | FAILED | EXPIRED and never out of a final status', () => {
    expect(canMove('PENDING', 'IN_PROGRESS')).toBe(true);
    expect(canMove('IN_PROGRESS', 'COMPLETE')).toBe(true);
    expect(canMove('IN_PROGRESS', 'FAILED')).toBe(true);
    expect(canMove('PENDING', 'EXPIRED')).toBe(true);
    expect(canMove('PENDING', 'COMPLETE')).toBe(false);
    for (const final of ['COMPLETE', 'FAILED', 'EXPIRED'] as const) expect(canMove(final, 'IN_PROGRESS')).toBe(false);
  });

  it('expires open challenges at their time, on the virtual clock', () => {
    const clock = createVirtualClock({ frozenAtMs: Date.parse('2025-01-01T00:00:00Z') });
    const challenge = { status: 'PENDING' as const, expiresAt: '2025-01-01T00:10:00.000Z' };
    expect(isDueToExpire(challenge, clock.nowMs())).toBe(false);
    clock.advance(600);
    expect(isDueToExpire(challenge, clock.nowMs())).toBe(true);
    expect(isDueToExpire({ ...challenge, status: 'COMPLETE' }, clock.nowMs())).toBe(false);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });

  it('refuses each challenge type with Circle’s code for the user’s state', () => {
    expect(challengeRefusal('CHANGE_PIN', standing())).toBeNull();
    expect(challengeRefusal('CHANGE_PIN', standing({ pinStatus: 'UNSET' }))).toBe(155110);
    expect(challengeRefusal('CHANGE_PIN', standing({ pinStatus: 'LOCKED' }))).toBe(155119);
    expect(challengeRefusal('SET_PIN', standing())).toBe(155107);
    expect(challengeRefusal('SET_PIN', standing({ pinStatus: 'UNSET' }))).toBeNull();
    expect(challengeRefusal('INITIALIZE', standing())).toBe(155106);
    expect(challengeRefusal('RESTORE_PIN', standing({ pinStatus: 'LOCKED' }))).toBeNull();
    expect(challengeRefusal('RESTORE_PIN', standing({ securityQuestionStatus: 'UNSET' }))).toBe(155111);
    expect(challengeRefusal('RESTORE_PIN', standing({ securityQuestionStatus: 'LOCKED' }))).toBe(155120);
    expect(challengeRefusal('RESTORE_PIN', standing({ status: 'DISABLED' }))).toBe(155109);
  });
});

describe('what a challenge proved', () => {
  const provenFor = (pin: string | null | undefined) => ({
    currentPinVerified: true,
    answersVerified: false,
    provenForPin: pin,
  });

  it('names a setting of the PIN by its hash’s salt (none without a PIN)', () => {
    expect(pinSettingOf({ pinHash: { salt: 'c2FsdA==' } })).toBe('c2FsdA==');
    expect(pinSettingOf({ pinHash: null })).toBeNull();
  });

  it('holds only for the PIN it was proven under; nothing proven has nothing to go stale', () => {
    expect(proofStillHolds(provenFor('one'), 'one')).toBe(true);
    expect(proofStillHolds(provenFor('one'), 'two')).toBe(false);
    expect(proofStillHolds({ currentPinVerified: false, answersVerified: true, provenForPin: 'one' }, 'two')).toBe(
      false,
    );
    expect(proofStillHolds(provenFor(undefined), 'one')).toBe(false);
    expect(proofStillHolds({ currentPinVerified: false, answersVerified: false }, 'two')).toBe(true);
  });
});
