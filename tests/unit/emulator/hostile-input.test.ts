// Fuzzed bodies, headers and raw bytes: every answer is an envelope below 500, the server stays up and state stays
// whole. A seeded PRNG keeps failures reproducible.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmulatorUnderTest, readJson, startEmulator } from './emulator-under-test';

let env: EmulatorUnderTest;

function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const routes: Array<[string, string]> = [
  ['POST', '/v1/w3s/users'],
  ['GET', '/v1/w3s/users'],
  ['POST', '/v1/w3s/users/token'],
  ['GET', '/v1/w3s/user'],
  ['POST', '/v1/w3s/user/initialize'],
  ['POST', '/v1/w3s/user/pin'],
  ['PUT', '/v1/w3s/user/pin'],
  ['POST', '/v1/w3s/user/pin/restore'],
  ['GET', '/v1/w3s/user/challenges'],
  ['GET', '/v1/w3s/user/challenges/%00'],
  ['POST', '/emulator/users'],
  ['POST', '/emulator/import'],
  ['POST', '/emulator/clock'],
  ['POST', '/emulator/faults'],
];

function randomJsonish(random: () => number, depth = 0): unknown {
  const pick = Math.floor(random() * 9);
  const text = () =>
    String.fromCharCode(...Array.from({ length: Math.floor(random() * 12) }, () => Math.floor(random() * 0xffff)));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return random() * 1e12 - 5e11;
    case 2:
      return text();
    case 3:
      return random() > 0.5;
    case 4:
      return depth > 3 ? [] : Array.from({ length: 3 }, () => randomJsonish(random, depth + 1));
    case 5:
      return { userId: randomJsonish(random, depth + 1), idempotencyKey: randomJsonish(random, depth + 1) };
    case 6:
      return { advanceSeconds: random() > 0.5 ? -5 : 'x', method: text(), path: text(), times: 1e9 };
    case 7:
      return { format: 'pin-desk-emulator-state', version: 1, users: [{ id: text() }] };
    default:
      return depth > 3 ? {} : { [text()]: randomJsonish(random, depth + 1) };
  }
}

beforeAll(async () => {
  env = await startEmulator();
});

afterAll(async () => {
  await env.emulator.close();
});

describe('hostile input', () => {
  it('survives 400 fuzzed JSON bodies and raw byte strings with envelopes below 500', async () => {
    const random = prng(20251127);
    const before = await (
      await fetch(`${env.emulator.baseUrl}/v1/w3s/users/user-knows-pin`, { headers: env.authHeaders() })
    ).json();
    const clockBefore = env.emulator.clock.now().getTime();
    for (let round = 0; round < 400; round += 1) {
      const [method, path] = routes[Math.floor(random() * routes.length)] ?? ['GET', '/'];
      const body =
        method === 'GET'
          ? undefined
          : random() > 0.3
            ? JSON.stringify(randomJsonish(random))
            : new Uint8Array(Array.from({ length: Math.floor(random() * 64) }, () => Math.floor(random() * 256)));
      const headers = env.authHeaders(
        random() > 0.5 ? { 'X-User-Token': String(randomJsonish(random)).replace(/[^\x21-\x7e]/g, 'a') || 'a' } : {},
      );
      const response = await fetch(`${env.emulator.baseUrl}${path}?pageSize=${random() * 100}&status=${random()}`, {
        method,
        headers,
        body,
      });
      expect(response.status, `${method} ${path}`).toBeLessThan(500);
      const envelope = await readJson(response);
      if (response.status >= 400) expect(Object.keys(envelope).sort()).toEqual(['code', 'message']);
    }
    const after = await (
      await fetch(`${env.emulator.baseUrl}/v1/w3s/users/user-knows-pin`, { headers: env.authHeaders() })
    ).json();
    expect(after).toEqual(before);
    expect(env.emulator.clock.now().getTime() - clockBefore).toBeLessThan(60_000);
    expect(env.schemaProblems()).toEqual([]);
  });

  it('survives fuzzed header values', async () => {
    const random = prng(7);
    for (let round = 0; round < 100; round += 1) {
      const value = Array.from({ length: Math.floor(random() * 300) }, () =>
        String.fromCharCode(0x21 + Math.floor(random() * 94)),
      ).join('');
      const response = await fetch(`${env.emulator.baseUrl}/v1/w3s/user`, {
        headers: {
          Authorization: random() > 0.5 ? `Bearer ${value}` : `Bearer ${env.emulator.apiKey}`,
          'X-User-Token': value,
          'X-Request-Id': value,
        },
      });
      expect(response.status).toBeLessThan(500);
      expect(response.headers.get('x-request-id')).toBeTruthy();
    }
  });

  it('survives malformed HTTP on the raw socket and stays up', async () => {
    const garbage = [
      'NOT HTTP AT ALL\r\n\r\n',
      `GET /ping HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(100_000)}\r\n\r\n`,
      'POST /v1/w3s/users HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"userId":',
      'POST /v1/w3s/users HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
      '\u0000\u0001\u0002\u0003',
    ];
    const { port } = new URL(env.emulator.baseUrl);
    for (const payload of garbage) {
      await new Promise<void>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => socket.end(payload));
        socket.on('data', () => undefined);
        socket.on('error', () => resolve());
        socket.on('close', () => resolve());
        socket.setTimeout(2000, () => socket.destroy());
      });
    }
    const ping = await fetch(`${env.emulator.baseUrl}/ping`);
    expect(ping.status).toBe(200);
  });
});
