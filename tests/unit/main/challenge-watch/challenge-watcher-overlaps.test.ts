// The challenge watcher when reads overlap or fail, on the virtual clock. Its edge is Circle: a stand-in for the two
// reads it makes, reading its state when a request arrives and answering after a set time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChallengeWatcher } from '../../../../src/main/challenge-watch/challenge-watcher';
import type { CircleGateway } from '../../../../src/main/circle/circle-gateway';
import { UserTokenSession } from '../../../../src/main/flows/user-token-session';
import type { ChallengeRecord, ChallengeStatus } from '../../../../src/shared/circle/circle-records';
import type { ChallengeUpdate } from '../../../../src/shared/flows/challenge-flow';

const grant = { userToken: 't', encryptionKey: 'k', expiresAt: new Date('2030-01-01T00:00:00Z') };
const after = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Circle's state now, read when a request arrives; each read answers after the time the test sets for it. */
function circleNow() {
  const state = { status: 'IN_PROGRESS' as ChallengeStatus, failedAttempts: 0, challengeMs: 100, pinMs: [100] };
  const reads = { challenges: 0, pins: 0 };
  const gateway = {
    getChallenge: async (_token: string, id: string): Promise<ChallengeRecord> => {
      reads.challenges += 1;
      const { status } = state;
      await after(state.challengeMs);
      return { id, type: 'CHANGE_PIN', status, errorCode: null, errorMessage: null };
    },
    getUser: async (userId: string) => {
      const failedAttempts = state.failedAttempts;
      const ms = state.pinMs[Math.min(reads.pins, state.pinMs.length - 1)] ?? 0;
      reads.pins += 1;
      await after(ms);
      return { id: userId, pinDetails: { failedAttempts, lockedDate: null, lockedExpiryDate: null } };
    },
  } as unknown as CircleGateway;
  return { gateway, state, reads };
}

describe('the challenge watcher, reads overlapping', () => {
  let watcher: ChallengeWatcher | undefined;
  let updates: ChallengeUpdate[];
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    updates = [];
    watcher = undefined;
  });
  afterEach(() => {
    watcher?.stopAll();
    vi.useRealTimers();
  });

  const start = (
    circle: ReturnType<typeof circleNow>,
    intervals = { firstMs: 60_000, maxMs: 60_000, factor: 1 },
    caseId = 'case-1',
  ) => {
    watcher ??= new ChallengeWatcher({
      gateway: circle.gateway,
      publish: (update) => updates.push(update),
      now: () => new Date(),
      intervals,
    });
    const token = new UserTokenSession(circle.gateway, 'user-knows-pin', grant);
    watcher.watch({ caseId, userId: null, challengeId: `ch-${caseId}`, token });
    return watcher;
  };

  it('a prompt while a prompted read is out waits for a read sent after it', async () => {
    const circle = circleNow();
    const watching = start(circle);
    const first = watching.pollNow('case-1');
    await vi.advanceTimersByTimeAsync(10);
    // The customer finishes while the first read (which saw IN_PROGRESS) is still out.
    circle.state.status = 'COMPLETE';
    let second: ChallengeUpdate | null | undefined;
    void watching.pollNow('case-1').then((update) => {
      second = update;
    });
    await vi.advanceTimersByTimeAsync(95);
    expect((await first)?.status).toBe('IN_PROGRESS');
    expect(second).toBeUndefined();
    await vi.advanceTimersByTimeAsync(100);
    expect(second?.status).toBe('COMPLETE');
    expect(circle.reads.challenges).toBe(2);
  });

  it('drops a read whose PIN read lands after a newer read landed', async () => {
    const circle = circleNow();
    circle.state.challengeMs = 10;
    // The scheduled read's PIN read is slow (200 ms); the prompted read's is quick.
    circle.state.pinMs = [200, 10];
    watcher = new ChallengeWatcher({
      gateway: circle.gateway,
      publish: (update) => updates.push(update),
      now: () => new Date(),
      intervals: { firstMs: 10, maxMs: 60_000, factor: 1000 },
    });
    const token = new UserTokenSession(circle.gateway, 'user-knows-pin', grant);
    watcher.watch({ caseId: 'case-1', userId: 'user-knows-pin', challengeId: 'ch-1', token });
    // The scheduled read: challenge 10–20 ms, its PIN read (no wrong entries yet) 20–220 ms.
    await vi.advanceTimersByTimeAsync(30);
    circle.state.failedAttempts = 1;
    // A prompted read at 30 ms lands whole at 50 ms with the wrong entry.
    void watcher.pollNow('case-1');
    await vi.advanceTimersByTimeAsync(200);
    expect(circle.reads.pins).toBe(2);
    expect(updates.map((update) => update.pinAttempts?.failedAttempts)).toEqual([1]);
  });

  it('a failed read, with no one to tell, changes nothing and polling goes on', async () => {
    const circle = circleNow();
    const failing = circle.gateway.getChallenge;
    let failures = 1;
    circle.gateway.getChallenge = async (token, id) => {
      if (failures-- > 0) throw new Error('Circle did not answer');
      return failing(token, id);
    };
    circle.state.challengeMs = 0;
    const watching = start(circle, { firstMs: 10, maxMs: 10, factor: 1 });
    await expect(watching.pollNow('case-1')).resolves.toBeNull();
    await vi.advanceTimersByTimeAsync(15);
    expect(updates.map((update) => update.status)).toEqual(['IN_PROGRESS']);
  });

  it('stopAll stops every watch', async () => {
    const circle = circleNow();
    start(circle, { firstMs: 10, maxMs: 10, factor: 1 }, 'case-1');
    const watching = start(circle, { firstMs: 10, maxMs: 10, factor: 1 }, 'case-2');
    watching.stopAll();
    await vi.advanceTimersByTimeAsync(1000);
    expect([watching.isWatching('case-1'), watching.isWatching('case-2')]).toEqual([false, false]);
    expect(circle.reads.challenges).toBe(0);
  });
});
