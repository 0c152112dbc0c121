// What the control page is served with and reads: `GET /` (no key; its own script and styles allowed by hash alone),
// `GET /emulator/challenges` (every user's), `GET /emulator/notifications` (each delivery and its result), and the
// lock/unlock controls — all behind the emulator's API key, and all visible to any client of the API.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readUntil } from '../../support/eventually';
import { type EmulatorUnderTest, readJson, startEmulator } from './emulator-under-test';

let env: EmulatorUnderTest;
let receiver: Server;
let receiverUrl: string;
let receiverStatus = 200;

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${env.emulator.baseUrl}${path}`, {
    method,
    headers: env.authHeaders(headers),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await readJson(response) };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

beforeAll(async () => {
  receiver = createServer((_request, response) => {
    _request.resume();
    _request.on('end', () => response.writeHead(receiverStatus).end());
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  // `detailed` notifies every status change, so opening a challenge is a delivery (`circle` waits for the end).
  env = await startEmulator({ notifications: { retryDelaysMs: [20] }, behaviour: { profile: 'detailed' } });
});

beforeEach(async () => {
  await env.emulator.reset();
  receiverStatus = 200;
});

afterAll(async () => {
  await env.emulator.close();
  await new Promise((resolve) => receiver.close(resolve));
  expect(env.schemaProblems()).toEqual([]);
});

describe('GET /', () => {
  it('serves the control page without a key, its inline script and styles allowed by their hashes only', async () => {
    const response = await fetch(`${env.emulator.baseUrl}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    const styles = /<style>([\s\S]*)<\/style>/.exec(html)?.[1] ?? '';
    expect(script).toContain('sessionStorage');
    expect(response.headers.get('content-security-policy')).toBe(
      [
        "default-src 'none'",
        `script-src ${sha256(script)}`,
        `style-src ${sha256(styles)}`,
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
    );
    expect(html).not.toContain(env.emulator.apiKey);
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('says in one line that a browser app’s web SDK cannot reach the plain emulator, naming --circle-hosts', async () => {
    const html = await (await fetch(`${env.emulator.baseUrl}/`)).text();
    const note = /<p id="web-sdk-note" class="note">([^<]*)<\/p>/.exec(html)?.[1] ?? '';
    expect(note).toMatch(/^Web SDK: .*https:\/\/pw-auth\.circle\.com.*155706.*--circle-hosts/);
  });
});

describe('GET /emulator/challenges', () => {
  it('lists every user’s challenges, newest first, and needs the key', async () => {
    const made: string[] = [];
    for (const userId of ['user-knows-pin', 'user-pin-locked']) {
      const token = (await call('POST', '/v1/w3s/users/token', { userId })).body.data.userToken;
      const path = userId === 'user-knows-pin' ? '/v1/w3s/user/pin' : '/v1/w3s/user/pin/restore';
      const created = await call(
        userId === 'user-knows-pin' ? 'PUT' : 'POST',
        path,
        { idempotencyKey: randomUUID() },
        {
          'X-User-Token': token,
        },
      );
      made.push(created.body.data.challengeId);
    }
    const listed = (await call('GET', '/emulator/challenges')).body.data;
    expect(listed.total).toBe(2);
    expect(listed.challenges).toMatchObject([
      { id: made[1], userId: 'user-pin-locked', type: 'RESTORE_PIN', status: 'PENDING' },
      { id: made[0], userId: 'user-knows-pin', type: 'CHANGE_PIN', status: 'PENDING' },
    ]);
    expect((await call('GET', '/emulator/challenges?limit=1')).body.data.challenges).toHaveLength(1);
    expect((await call('GET', '/emulator/challenges?limit=0')).status).toBe(400);
    expect((await fetch(`${env.emulator.baseUrl}/emulator/challenges`)).status).toBe(401);
  });
});

describe('GET /emulator/notifications', () => {
  it('shows each delivery attempt with the receiver’s answer, retries included', async () => {
    await call('POST', '/v2/notifications/subscriptions', { endpoint: receiverUrl });
    const token = (await call('POST', '/v1/w3s/users/token', { userId: 'user-knows-pin' })).body.data;
    const created = await call(
      'PUT',
      '/v1/w3s/user/pin',
      { idempotencyKey: randomUUID() },
      {
        'X-User-Token': token.userToken,
      },
    );
    receiverStatus = 503;
    env.emulator.challengeSteps.open({
      ...token,
      challengeId: created.body.data.challengeId,
      appId: env.emulator.appId,
    });
    // The subscription's own webhooks.test came first; the challenge's deliveries follow.
    const deliveries = await readUntil(
      async () =>
        ((await call('GET', '/emulator/notifications')).body.data.deliveries as { notificationType: string }[]).filter(
          (delivery) => delivery.notificationType === 'challenges.changePin',
        ),
      (list) => list.length >= 2,
    );
    expect(deliveries).toMatchObject([
      { notificationType: 'challenges.changePin', endpoint: receiverUrl, attempt: 2, result: 503 },
      { notificationType: 'challenges.changePin', endpoint: receiverUrl, attempt: 1, result: 503 },
    ]);
  });
});

describe('lock and unlock', () => {
  it('locks a PIN for the lockout’s 30 minutes (or a chosen time) and unlocks it', async () => {
    const locked = await call('POST', '/emulator/users/user-knows-pin/lock', { credential: 'pin' });
    expect(locked.status).toBe(200);
    expect(locked.body.data).toMatchObject({ pinStatus: 'LOCKED', securityQuestionStatus: 'ENABLED' });
    const { lockedExpiryDate } = locked.body.data.pinDetails;
    expect(Date.parse(lockedExpiryDate) - env.emulator.clock.now().getTime()).toBeGreaterThan(29 * 60 * 1000);
    expect((await call('GET', '/v1/w3s/users/user-knows-pin')).body.data.user.pinStatus).toBe('LOCKED');

    const unlocked = await call('POST', '/emulator/users/user-knows-pin/unlock', { credential: 'pin' });
    expect(unlocked.body.data).toMatchObject({ pinStatus: 'ENABLED', pinDetails: { failedAttempts: 0 } });

    const answers = await call('POST', '/emulator/users/user-knows-pin/lock', { credential: 'answers', seconds: 60 });
    expect(answers.body.data.securityQuestionStatus).toBe('LOCKED');
    env.emulator.clock.advance(61);
    expect((await call('GET', '/v1/w3s/users/user-knows-pin')).body.data.user.securityQuestionStatus).toBe('ENABLED');
  });

  it('refuses what cannot be locked, with a specific error', async () => {
    expect((await call('POST', '/emulator/users/user-no-pin/lock', { credential: 'pin' })).body.code).toBe(155110);
    expect((await call('POST', '/emulator/users/user-no-pin/lock', { credential: 'answers' })).body.code).toBe(155111);
    expect((await call('POST', '/emulator/users/nobody-here/unlock', { credential: 'pin' })).body.code).toBe(155102);
    expect((await call('POST', '/emulator/users/user-knows-pin/lock', { credential: 'face' })).body.code).toBe(2);
    expect(
      (await call('POST', '/emulator/users/user-knows-pin/lock', { credential: 'pin', seconds: 0 })).body.code,
    ).toBe(2);
    expect(
      (await fetch(`${env.emulator.baseUrl}/emulator/users/user-knows-pin/unlock`, { method: 'POST' })).status,
    ).toBe(401);
  });
});
