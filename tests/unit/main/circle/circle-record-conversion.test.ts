// Where Circle's records enter the console (circle-record-conversion.ts): what each field becomes when Circle's answer
// carries it, and when it leaves it out (Circle's OpenAPI marks most of them optional).
import { describe, expect, it } from 'vitest';
import { toChallengeRecord, toUserRecord } from '../../../../src/main/circle/circle-record-conversion';

describe('a Circle user, as the console keeps it', () => {
  it('keeps every field Circle sent', () => {
    const lock = {
      failedAttempts: 3,
      lockedDate: '2026-11-27T10:00:00Z',
      lockedExpiryDate: '2026-11-27T10:30:00Z',
      lastLockOverrideDate: '2026-11-26T09:00:00Z',
    };
    expect(
      toUserRecord({
        id: 'user-knows-pin',
        status: 'DISABLED',
        pinStatus: 'LOCKED',
        securityQuestionStatus: 'ENABLED',
        pinDetails: lock,
        securityQuestionDetails: { ...lock, failedAttempts: 1 },
        createDate: '2026-01-02T03:04:05Z',
      }),
    ).toEqual({
      id: 'user-knows-pin',
      status: 'DISABLED',
      pinStatus: 'LOCKED',
      securityQuestionStatus: 'ENABLED',
      pinDetails: lock,
      securityQuestionDetails: { ...lock, failedAttempts: 1 },
      createDate: '2026-01-02T03:04:05Z',
    });
  });

  it('fills in what Circle left out: no wrong entries, no lock, nothing set, and ENABLED unless it says DISABLED', () => {
    const none = { failedAttempts: 0, lockedDate: null, lockedExpiryDate: null, lastLockOverrideDate: null };
    expect(toUserRecord({})).toEqual({
      id: '',
      status: 'ENABLED',
      pinStatus: 'UNSET',
      securityQuestionStatus: 'UNSET',
      pinDetails: none,
      securityQuestionDetails: none,
      createDate: null,
    });
    expect(toUserRecord({ status: 'SOMETHING_NEW' }).status).toBe('ENABLED');
    expect(toUserRecord({ pinDetails: {} }).pinDetails).toEqual(none);
  });
});

describe('a Circle challenge, as the console keeps it', () => {
  it('keeps its fields, spelling the status once', () => {
    expect(
      toChallengeRecord({
        id: 'ch-1',
        type: 'RESTORE_PIN',
        status: 'COMPLETED',
        errorCode: 155119,
        errorMessage: 'locked',
      }),
    ).toEqual({ id: 'ch-1', type: 'RESTORE_PIN', status: 'COMPLETE', errorCode: 155119, errorMessage: 'locked' });
  });

  it('names an untyped challenge UNKNOWN and carries no error it was not given', () => {
    expect(toChallengeRecord({ id: 'ch-2', status: 'PENDING' })).toEqual({
      id: 'ch-2',
      type: 'UNKNOWN',
      status: 'PENDING',
      errorCode: null,
      errorMessage: null,
    });
  });
});
