import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signBody } from '../../../../src/emulator/notifications/notification-signing';
import { ChallengeWatcher } from '../../../../src/main/challenge-watch/challenge-watcher';
import { startNotificationReceiver } from '../../../../src/main/challenge-watch/notification-receiver';
import { type CircleGateway, createCircleGateway } from '../../../../src/main/circle/circle-gateway';
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
      if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
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

  it('never has more than one request in flight, and stops at a terminal status', async () => {
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
    expect(circle.stats().maxInFlight).toBe(1);
    expect(updates.map((update) => update.status)).toEqual(['PENDING', 'IN_PROGRESS', 'COMPLETE']);
    expect(watcher.isWatching('case-1')).toBe(false);
  });

  it('backs off on the virtual clock: first, first × factor, … up to the most; nothing after a terminal status', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const circle = scriptedCircle(['PENDING', 'PENDING', 'PENDING', 'IN_PROGRESS', 'IN_PROGRESS', 'COMPLETE'], 0);
      watcher = new ChallengeWatcher({
        gateway: circle.gateway,
        publish: () => undefined,
        now: () => new Date(),
        intervals: { firstMs: 10, maxMs: 40, factor: 2 },
      });
      const startedAt = Date.now();
      const token = new UserTokenSession(circle.gateway, 'user-knows-pin', grant);
      watcher.watch({ caseId: 'case-4', userId: 'user-knows-pin', challengeId: 'ch-4', token });
      await vi.advanceTimersByTimeAsync(1000);
      const sinceStart = circle.stats().callTimes.map((time) => time - startedAt);
      expect(sinceStart).toEqual([10, 30, 70, 110, 150, 190]);
      expect(watcher.isWatching('case-4')).toBe(false);
      // A whole minute more on the clock: the watch that ended at COMPLETE asks nothing more.
      await vi.advanceTimersByTimeAsync(60_000);
      expect(circle.stats().callTimes).toHaveLength(6);
    } finally {
      vi.useRealTimers();
    }
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

  it('an immediate poll answers in one round trip while a scheduled poll is still out (virtual clock)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      // Every read takes 100 ms on the clock; Circle reads the status when the request arrives.
      let current: ChallengeStatus = 'IN_PROGRESS';
      const later = () => new Promise((resolve) => setTimeout(resolve, 100));
      const gateway = {
        getChallenge: async (_token: string, id: string): Promise<ChallengeRecord> => {
          const status = current;
          await later();
          return { id, type: 'CHANGE_PIN', status, errorCode: null, errorMessage: null };
        },
        getUser: async () => {
          pinReads += 1;
          await later();
          return { pinDetails: { failedAttempts: 0, lockedDate: null, lockedExpiryDate: null } };
        },
      } as unknown as CircleGateway;
      let pinReads = 0;
      const updates: ChallengeUpdate[] = [];
      watcher = new ChallengeWatcher({
        gateway,
        publish: (update) => updates.push(update),
        now: () => new Date(),
        intervals: { firstMs: 0, maxMs: 60_000, factor: 1 },
      });
      const token = new UserTokenSession(gateway, 'user-knows-pin', grant);
      watcher.watch({ caseId: 'case-5', userId: 'user-knows-pin', challengeId: 'ch-5', token });
      // The scheduled poll is out (its challenge lands at 100 ms, the PIN read at 200) when the SDK reports COMPLETE.
      await vi.advanceTimersByTimeAsync(10);
      current = 'COMPLETE';
      let answered: ChallengeUpdate | null | undefined;
      void watcher.pollNow('case-5').then((update) => {
        answered = update;
      });
      await vi.advanceTimersByTimeAsync(100);
      expect(answered?.status).toBe('COMPLETE');
      // The older poll, overtaken, asks nothing more (no PIN read after its challenge) and changes nothing.
      await vi.advanceTimersByTimeAsync(200);
      expect(updates.map((update) => update.status)).toEqual(['COMPLETE']);
      expect(pinReads).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

// Circle as the console meets it over HTTP, answering statuses the emulator never sends: the guides' `COMPLETED`, and
// one PIN Desk does not know. The real gateway (the official SDK) and the real watcher read them.
async function circleSpelling(statuses: string[]) {
  const served: string[] = [];
  const notificationKeyId = crypto.randomUUID();
  const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicKey = keys.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  const server = createServer((request, response) => {
    const requestId = String(request.headers['x-request-id'] ?? crypto.randomUUID());
    response.setHeader('content-type', 'application/json');
    response.setHeader('x-request-id', requestId);
    const challenge = /^\/v1\/w3s\/user\/challenges\/([\w-]+)$/.exec(request.url ?? '');
    if (challenge) {
      const status = statuses.length > 1 ? (statuses.shift() as string) : (statuses[0] as string);
      served.push(status);
      const errorCode = status === 'FAILED' ? { errorCode: 155119, errorMessage: 'locked' } : {};
      response.end(
        JSON.stringify({ data: { challenge: { id: challenge[1], type: 'CHANGE_PIN', status, ...errorCode } } }),
      );
      return;
    }
    if (request.url === `/v2/notifications/publicKey/${notificationKeyId}`) {
      response.end(JSON.stringify({ data: { id: notificationKeyId, algorithm: 'ECDSA_SHA_256', publicKey } }));
      return;
    }
    if (/^\/v1\/w3s\/users\/[\w-]+$/.test(request.url ?? '')) {
      response.end(JSON.stringify({ data: { user: { id: 'user-knows-pin', pinDetails: { failedAttempts: 1 } } } }));
      return;
    }
    response.statusCode = 404;
    response.end(JSON.stringify({ code: 404, message: 'Not found.' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const gateway = createCircleGateway({ apiKey: 'TEST_API_KEY:spelling:secret', baseUrl });
  return {
    gateway,
    served,
    notificationKeyId,
    notificationPrivateKey: keys.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('the challenge watcher on Circle’s spellings', () => {
  let watcher: ChallengeWatcher | null = null;
  afterEach(() => watcher?.stopAll());

  it('reads COMPLETED as COMPLETE, shows an unknown status as it came, and polls on through it to the end', async () => {
    const circle = await circleSpelling(['PENDING', 'IN_PROGRESS', 'AWAITING_REVIEW', 'AWAITING_REVIEW', 'COMPLETED']);
    const updates: ChallengeUpdate[] = [];
    watcher = new ChallengeWatcher({
      gateway: circle.gateway,
      publish: (update) => updates.push(update),
      now: () => new Date(),
      intervals: { firstMs: 10, maxMs: 30, factor: 1.5 },
    });
    const token = new UserTokenSession(circle.gateway, 'user-knows-pin', grant);
    watcher.watch({ caseId: 'case-3', userId: 'user-knows-pin', challengeId: 'ch-3', token });
    await vi.waitFor(() => expect(watcher?.isWatching('case-3')).toBe(false), { timeout: 3000 });
    expect(updates.map((update) => update.status)).toEqual(['PENDING', 'IN_PROGRESS', 'AWAITING_REVIEW', 'COMPLETE']);
    // Wrong entries are read while the challenge is open, whatever its status (PENDING included).
    expect(updates[0]?.pinAttempts).toMatchObject({ failedAttempts: 1, attemptsLeft: 3 });
    expect(circle.served).toEqual(['PENDING', 'IN_PROGRESS', 'AWAITING_REVIEW', 'AWAITING_REVIEW', 'COMPLETED']);
    await circle.close();
  });

  it('a signed notification spelled COMPLETED, or with an unknown status, reaches the watcher the same way', async () => {
    const circle = await circleSpelling(['IN_PROGRESS']);
    const updates: ChallengeUpdate[] = [];
    watcher = new ChallengeWatcher({
      gateway: circle.gateway,
      publish: (update) => updates.push(update),
      now: () => new Date(),
      intervals: { firstMs: 60_000, maxMs: 60_000, factor: 1 },
    });
    const receiver = await startNotificationReceiver({
      gateway: circle.gateway,
      onChallenge: (challenge) => watcher?.notify(challenge),
      log: { warn: () => {} },
    });
    const token = new UserTokenSession(circle.gateway, 'user-knows-pin', grant);
    watcher.watch({ caseId: 'case-4', userId: 'user-knows-pin', challengeId: 'ch-4', token });
    for (const status of ['AWAITING_REVIEW', 'COMPLETED']) {
      const body = Buffer.from(
        JSON.stringify({
          notificationType: 'challenges.changePin',
          notification: { id: 'ch-4', type: 'CHANGE_PIN', status },
        }),
      );
      const delivered = await fetch(receiver.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-circle-key-id': circle.notificationKeyId,
          'x-circle-signature': signBody(body, circle.notificationPrivateKey),
        },
        body: new Uint8Array(body),
      });
      expect(delivered.status).toBe(200);
    }
    expect(updates.map((update) => [update.status, update.source])).toEqual([
      ['AWAITING_REVIEW', 'notification'],
      ['COMPLETE', 'notification'],
    ]);
    expect(watcher.isWatching('case-4')).toBe(false);
    await receiver.close();
    await circle.close();
  });
});
