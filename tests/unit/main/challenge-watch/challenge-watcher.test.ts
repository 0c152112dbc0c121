import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChallengeWatcher } from '../../../../src/main/challenge-watch/challenge-watcher';
import type { CircleGateway } from '../../../../src/main/circle/circle-gateway';
import { UserTokenSession } from '../../../../src/main/flows/user-token-session';
import type { ChallengeRecord, ChallengeStatus } from '../../../../src/shared/circle/circle-records';
import type { ChallengeUpdate } from '../../../../src/shared/flows/challenge-flow';

// The watcher's edge is Circle: a scripted stand-in for the two reads it makes, counting what is in flight.
function scriptedCircle(statuses: ChallengeStatus[], latencyMs: number) {
  let inFlight = 0;
  let maxInFlight = 0;
  const callTimes: number[] = [];
  const gateway = {
    getChallenge: async (_token: string, id: string): Promise<ChallengeRecord> => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      callTimes.push(Date.now());
      await new Promise((resolve) => setTimeout(resolve, latencyMs));
      inFlight -= 1;
      const status = statuses.length > 1 ? (statuses.shift() as ChallengeStatus) : (statuses[0] as ChallengeStatus);
      return { id, type: 'CHANGE_PIN', status, errorCode: null, errorMessage: null };
    },
    getUser: async () => ({
      pinDetails: { failedAttempts: 0, lockedDate: null, lockedExpiryDate: null },
    }),
  } as unknown as CircleGateway;
  return { gateway, stats: () => ({ maxInFlight, callTimes }) };
}

const grant = { userToken: 't', encryptionKey: 'k', expiresAt: new Date(Date.now() + 3_600_000) };

describe('the challenge watcher', () => {
  let watcher: ChallengeWatcher | null = null;
  afterEach(() => watcher?.stopAll());

  it('never has more than one request in flight, backs off, and stops at a terminal status', async () => {
    const circle = scriptedCircle(['PENDING', 'PENDING', 'IN_PROGRESS', 'IN_PROGRESS', 'COMPLETE'], 30);
    const updates: ChallengeUpdate[] = [];
    watcher = new ChallengeWatcher({
      gateway: circle.gateway,
      publish: (update) => updates.push(update),
      now: () => new Date(),
      intervals: { firstMs: 10, maxMs: 40, factor: 2 },
    });
    const token = new UserTokenSession(circle.gateway, 'user-knows-pin', grant);
    watcher.watch({ caseId: 'case-1', userId: 'user-knows-pin', challengeId: 'ch-1', token });
    // Reports from the SDK trigger immediate polls on top of the schedule: still one request at a time.
    await Promise.all([watcher.pollNow('case-1'), watcher.pollNow('case-1'), watcher.pollNow('case-1')]);
    await vi.waitFor(() => expect(updates.at(-1)?.status).toBe('COMPLETE'), { timeout: 3000 });
    const { maxInFlight, callTimes } = circle.stats();
    expect(maxInFlight).toBe(1);
    expect(updates.map((update) => update.status)).toEqual(['PENDING', 'IN_PROGRESS', 'COMPLETE']);
    expect(watcher.isWatching('case-1')).toBe(false);
    const calls = callTimes.length;
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(circle.stats().callTimes.length).toBe(calls);
  });

  it('lets the first source win and drops repeats and stale statuses', () => {
    const circle = scriptedCircle(['PENDING'], 0);
    const updates: ChallengeUpdate[] = [];
    watcher = new ChallengeWatcher({
      gateway: circle.gateway,
      publish: (update) => updates.push(update),
      now: () => new Date(),
      intervals: { firstMs: 60_000, maxMs: 60_000, factor: 1 },
    });
    const token = new UserTokenSession(circle.gateway, 'user-knows-pin', grant);
    watcher.watch({ caseId: 'case-2', userId: 'user-knows-pin', challengeId: 'ch-2', token });
    const record = (status: ChallengeStatus): ChallengeRecord => ({
      id: 'ch-2',
      type: 'CHANGE_PIN',
      status,
      errorCode: null,
      errorMessage: null,
    });
    expect(watcher.notify(record('IN_PROGRESS'))).toBe(true);
    expect(watcher.notify(record('IN_PROGRESS'))).toBe(false);
    expect(watcher.notify(record('PENDING'))).toBe(false);
    expect(watcher.notify(record('COMPLETE'))).toBe(true);
    expect(watcher.notify(record('FAILED'))).toBe(false);
    expect(updates.map((update) => [update.status, update.source])).toEqual([
      ['IN_PROGRESS', 'notification'],
      ['COMPLETE', 'notification'],
    ]);
  });

  it('an immediate poll answers with the status after the call, even while an older poll is in flight', async () => {
    // Circle reads the status when the request arrives and answers later.
    let current: ChallengeStatus = 'IN_PROGRESS';
    const gateway = {
      getChallenge: async (_token: string, id: string): Promise<ChallengeRecord> => {
        const status = current;
        await new Promise((resolve) => setTimeout(resolve, 40));
        return { id, type: 'CHANGE_PIN', status, errorCode: null, errorMessage: null };
      },
      getUser: async () => ({ pinDetails: { failedAttempts: 0, lockedDate: null, lockedExpiryDate: null } }),
    } as unknown as CircleGateway;
    watcher = new ChallengeWatcher({
      gateway,
      publish: () => undefined,
      now: () => new Date(),
      intervals: { firstMs: 0, maxMs: 60_000, factor: 1 },
    });
    const token = new UserTokenSession(gateway, 'user-knows-pin', grant);
    watcher.watch({ caseId: 'case-3', userId: 'user-knows-pin', challengeId: 'ch-3', token });
    await new Promise((resolve) => setTimeout(resolve, 10));
    // The scheduled poll is in flight with IN_PROGRESS when the customer finishes and the SDK reports it.
    current = 'COMPLETE';
    expect((await watcher.pollNow('case-3'))?.status).toBe('COMPLETE');
  });
});
