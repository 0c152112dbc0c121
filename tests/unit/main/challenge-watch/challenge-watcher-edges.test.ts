// The challenge watcher's edges on the virtual clock: its default pacing, where a watch starts and stops, when it reads
// the user's wrong entries, and what each update carries. Its edge is Circle: a scripted stand-in for the two reads it
// makes (GET /user/challenges/{id} and GET /users/{id}), each answering after a set time on the clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChallengeWatcher, type WatchIntervals } from '../../../../src/main/challenge-watch/challenge-watcher';
import type { CircleGateway } from '../../../../src/main/circle/circle-gateway';
import { UserTokenSession } from '../../../../src/main/flows/user-token-session';
import type { ChallengeRecord, ChallengeStatus, LockDetails } from '../../../../src/shared/circle/circle-records';
import type { ChallengeUpdate } from '../../../../src/shared/flows/challenge-flow';

const grant = { userToken: 't', encryptionKey: 'k', expiresAt: new Date('2030-01-01T00:00:00Z') };
const noWrongEntries: LockDetails = { failedAttempts: 0, lockedDate: null, lockedExpiryDate: null };

/** Circle as the watcher reads it: the next scripted answer each time (the last one repeats), after `latencyMs`. */
function scriptedCircle(script: { challenges: Partial<ChallengeRecord>[]; pins?: LockDetails[]; latencyMs?: number }) {
  const challengeReads: number[] = [];
  const pinReads: string[] = [];
  const next = <T>(queue: T[]): T => (queue.length > 1 ? queue.shift() : queue[0]) as T;
  const later = async () => {
    if (script.latencyMs) await new Promise((resolve) => setTimeout(resolve, script.latencyMs));
  };
  const gateway = {
    getChallenge: async (_token: string, id: string): Promise<ChallengeRecord> => {
      challengeReads.push(Date.now());
      const answer = next(script.challenges);
      await later();
      return { id, type: 'CHANGE_PIN', status: 'PENDING', errorCode: null, errorMessage: null, ...answer };
    },
    getUser: async (userId: string) => {
      pinReads.push(userId);
      const pinDetails = next(script.pins ?? [noWrongEntries]);
      await later();
      return { id: userId, pinDetails };
    },
  } as unknown as CircleGateway;
  return { gateway, challengeReads, pinReads };
}

describe('the challenge watcher, on the virtual clock', () => {
  let watcher: ChallengeWatcher | null = null;
  let updates: ChallengeUpdate[] = [];
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: new Date('2026-11-27T10:00:00.000Z') });
    updates = [];
  });
  afterEach(() => {
    watcher?.stopAll();
    vi.useRealTimers();
  });

  const start = (
    circle: ReturnType<typeof scriptedCircle>,
    intervals?: WatchIntervals,
    userId: string | null = 'user-knows-pin',
    initial?: ChallengeRecord,
  ) => {
    watcher = new ChallengeWatcher({
      gateway: circle.gateway,
      publish: (update) => updates.push(update),
      now: () => new Date(),
      ...(intervals ? { intervals } : {}),
    });
    const token = new UserTokenSession(circle.gateway, 'user-knows-pin', grant);
    watcher.watch({ caseId: 'case-1', userId, challengeId: 'ch-1', token }, initial);
    return watcher;
  };
  const quick = { firstMs: 10, maxMs: 10, factor: 1 };
  const record = (status: ChallengeStatus, more: Partial<ChallengeRecord> = {}): ChallengeRecord => ({
    id: 'ch-1',
    type: 'CHANGE_PIN',
    status,
    errorCode: null,
    errorMessage: null,
    ...more,
  });

  it('polls after 1 s, then 1.5 times longer each time, up to 5 s, by default', async () => {
    const circle = scriptedCircle({ challenges: [{ status: 'PENDING' }] });
    const startedAt = Date.now();
    start(circle);
    await vi.advanceTimersByTimeAsync(18_125);
    expect(circle.challengeReads.map((at) => at - startedAt)).toEqual([1000, 2500, 4750, 8125, 13_125, 18_125]);
  });

  it('publishes the status it was started with, at once, before any read', async () => {
    const circle = scriptedCircle({ challenges: [{ status: 'IN_PROGRESS' }] });
    start(circle, { firstMs: 60_000, maxMs: 60_000, factor: 1 }, 'user-knows-pin', record('PENDING'));
    expect(updates).toEqual([
      {
        caseId: 'case-1',
        challengeId: 'ch-1',
        status: 'PENDING',
        errorCode: null,
        errorMessage: null,
        source: 'start',
        at: '2026-11-27T10:00:00.000Z',
        pinAttempts: null,
      },
    ]);
    expect(circle.challengeReads).toEqual([]);
  });

  it('a stopped watch asks nothing more, though a poll was due, and takes no notification or prompt', async () => {
    const circle = scriptedCircle({ challenges: [{ status: 'IN_PROGRESS' }] });
    const watching = start(circle, quick);
    expect(watching.notify(record('IN_PROGRESS'))).toBe(true);
    watching.stop('case-1');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(circle.challengeReads).toEqual([]);
    expect(watching.isWatching('case-1')).toBe(false);
    expect(watching.notify(record('COMPLETE'))).toBe(false);
    expect(await watching.pollNow('case-1')).toBeNull();
    expect(circle.challengeReads).toEqual([]);
    // Stopping what is not watched is nothing.
    expect(() => watching.stop('case-1')).not.toThrow();
    expect(updates.map((update) => update.status)).toEqual(['IN_PROGRESS']);
  });

  it('a read that lands after the watch stopped asks nothing more and publishes nothing', async () => {
    const circle = scriptedCircle({ challenges: [{ status: 'IN_PROGRESS' }], latencyMs: 100 });
    const watching = start(circle, quick);
    await vi.advanceTimersByTimeAsync(50);
    expect(circle.challengeReads).toHaveLength(1);
    watching.stop('case-1');
    await vi.advanceTimersByTimeAsync(1000);
    expect(circle.pinReads).toEqual([]);
    expect(updates).toEqual([]);
  });

  it('a read whose PIN read lands after the watch stopped publishes nothing', async () => {
    const circle = scriptedCircle({ challenges: [{ status: 'IN_PROGRESS' }], latencyMs: 100 });
    const watching = start(circle, quick);
    // The challenge lands at 110 ms, the PIN read is out until 210.
    await vi.advanceTimersByTimeAsync(150);
    expect(circle.pinReads).toHaveLength(1);
    watching.stop('case-1');
    await vi.advanceTimersByTimeAsync(1000);
    expect(updates).toEqual([]);
  });

  it('a prompt queued behind another is dropped when the watch stops meanwhile', async () => {
    const circle = scriptedCircle({ challenges: [{ status: 'IN_PROGRESS' }], latencyMs: 100 });
    const watching = start(circle, { firstMs: 60_000, maxMs: 60_000, factor: 1 });
    const first = watching.pollNow('case-1');
    const second = watching.pollNow('case-1');
    watching.stop('case-1');
    await vi.advanceTimersByTimeAsync(1000);
    await Promise.all([first, second]);
    expect(circle.challengeReads).toHaveLength(1);
    expect(updates).toEqual([]);
  });

  it('a case watched again follows only its new challenge, and says each status came from a poll', async () => {
    const circle = scriptedCircle({ challenges: [{ status: 'IN_PROGRESS' }] });
    const watching = start(circle, quick);
    const token = new UserTokenSession(circle.gateway, 'user-knows-pin', grant);
    watching.watch({ caseId: 'case-1', userId: 'user-knows-pin', challengeId: 'ch-2', token });
    await vi.advanceTimersByTimeAsync(35);
    expect(circle.challengeReads).toHaveLength(3);
    expect(updates.map((update) => [update.challengeId, update.source])).toEqual([['ch-2', 'poll']]);
  });

  it('takes a notification only for the challenge it watches', () => {
    const circle = scriptedCircle({ challenges: [{ status: 'PENDING' }] });
    const watching = start(circle, { firstMs: 60_000, maxMs: 60_000, factor: 1 });
    expect(watching.notify(record('COMPLETE', { id: 'ch-other' }))).toBe(false);
    expect(updates).toEqual([]);
    expect(watching.isWatching('case-1')).toBe(true);
  });

  it('reads wrong entries while the challenge is open and once when it FAILED, and counts what is left', async () => {
    const locked = { failedAttempts: 4, lockedDate: '2026-11-27T10:00:00Z', lockedExpiryDate: '2026-11-27T10:30:00Z' };
    const circle = scriptedCircle({
      challenges: [{ status: 'IN_PROGRESS' }, { status: 'FAILED', errorCode: 155119, errorMessage: 'PIN locked' }],
      pins: [{ ...noWrongEntries, failedAttempts: 1 }, locked],
    });
    start(circle, quick);
    await vi.advanceTimersByTimeAsync(100);
    expect(circle.pinReads).toEqual(['user-knows-pin', 'user-knows-pin']);
    expect(
      updates.map(({ status, errorCode, errorMessage, pinAttempts }) => ({
        status,
        errorCode,
        errorMessage,
        pinAttempts,
      })),
    ).toEqual([
      {
        status: 'IN_PROGRESS',
        errorCode: null,
        errorMessage: null,
        pinAttempts: { failedAttempts: 1, attemptsLeft: 3, lockedExpiryDate: null },
      },
      {
        status: 'FAILED',
        errorCode: 155119,
        errorMessage: 'PIN locked',
        pinAttempts: { failedAttempts: 4, attemptsLeft: 0, lockedExpiryDate: '2026-11-27T10:30:00Z' },
      },
    ]);
  });

  it('never counts below none left, and reads no wrong entries once the challenge is COMPLETE', async () => {
    const circle = scriptedCircle({
      challenges: [{ status: 'IN_PROGRESS' }, { status: 'COMPLETE' }],
      pins: [{ ...noWrongEntries, failedAttempts: 6 }],
    });
    start(circle, quick);
    await vi.advanceTimersByTimeAsync(100);
    expect(circle.pinReads).toHaveLength(1);
    expect(updates.map((update) => [update.status, update.pinAttempts?.attemptsLeft])).toEqual([
      ['IN_PROGRESS', 0],
      ['COMPLETE', 0],
    ]);
  });

  it('reads no wrong entries for a case that names no user', async () => {
    const circle = scriptedCircle({ challenges: [{ status: 'IN_PROGRESS' }, { status: 'FAILED' }] });
    start(circle, quick, null);
    await vi.advanceTimersByTimeAsync(100);
    expect(circle.pinReads).toEqual([]);
    expect(updates.map((update) => [update.status, update.pinAttempts])).toEqual([
      ['IN_PROGRESS', null],
      ['FAILED', null],
    ]);
  });

  it('publishes a status again when only the wrong entries or the lock’s expiry changed, and not otherwise', async () => {
    const circle = scriptedCircle({
      challenges: [{ status: 'IN_PROGRESS' }],
      pins: [
        noWrongEntries,
        noWrongEntries,
        { ...noWrongEntries, failedAttempts: 1 },
        { ...noWrongEntries, failedAttempts: 1, lockedExpiryDate: '2026-11-27T10:30:00Z' },
        { ...noWrongEntries, failedAttempts: 1, lockedExpiryDate: '2026-11-27T10:30:00Z' },
      ],
    });
    start(circle, quick);
    await vi.advanceTimersByTimeAsync(50);
    expect(circle.pinReads).toHaveLength(5);
    expect(updates.map((update) => update.pinAttempts)).toEqual([
      { failedAttempts: 0, attemptsLeft: 4, lockedExpiryDate: null },
      { failedAttempts: 1, attemptsLeft: 3, lockedExpiryDate: null },
      { failedAttempts: 1, attemptsLeft: 3, lockedExpiryDate: '2026-11-27T10:30:00Z' },
    ]);
  });
});
