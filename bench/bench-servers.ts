// The servers under load, in child processes of the bench so the load generator keeps a core of its own. Role
// `seeded`: the emulator in its seeded state, plus a bare node:http server answering the emulator's own body for the
// same request (the baseline). Role `large`: an emulator started from that state plus many users and challenges.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createEmulator,
  type Emulator,
  type EmulatorSnapshot,
  scenarioNames,
  testScryptCost,
} from '../src/emulator/index';
import { type LargeStateSize, withBulkRecords } from './large-state';

/** The same GET for every server. */
export interface LoadRequest {
  path: string;
  headers: Record<string, string>;
  bodyBytes: number;
}

export type ServersMessage =
  | {
      kind: 'seeded-ready';
      emulatorUrl: string;
      baselineUrl: string;
      request: LoadRequest;
      apiKey: string;
      state: EmulatorSnapshot;
    }
  | { kind: 'large-ready'; emulatorUrl: string; users: number; challenges: number; buildMs: number; startMs: number }
  | { kind: 'cpu-usage'; micros: number }
  | { kind: 'failed'; message: string };

export type BenchMessage =
  | { kind: 'start-large'; apiKey: string; state: EmulatorSnapshot; size: LargeStateSize }
  | { kind: 'cpu-usage' }
  | { kind: 'stop' };

export type ServersRole = 'seeded' | 'large';

const benchUser = scenarioNames[0];

function send(message: ServersMessage): void {
  process.send?.(message);
}

async function call(emulator: Emulator, method: string, path: string, headers: Record<string, string>, body?: object) {
  const response = await fetch(`${emulator.baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${emulator.apiKey}`, 'Content-Type': 'application/json', ...headers },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return text;
}

/** A user token and a PENDING change-PIN challenge of a seeded user, made through the API as a client would. */
async function prepareRequest(emulator: Emulator): Promise<LoadRequest> {
  const token = JSON.parse(await call(emulator, 'POST', '/v1/w3s/users/token', {}, { userId: benchUser }));
  const userHeaders = { 'X-User-Token': token.data.userToken as string };
  const started = JSON.parse(
    await call(emulator, 'PUT', '/v1/w3s/user/pin', userHeaders, { idempotencyKey: randomUUID() }),
  );
  const path = `/v1/w3s/user/challenges/${started.data.challengeId as string}`;
  const headers = { Authorization: `Bearer ${emulator.apiKey}`, ...userHeaders };
  const body = await call(emulator, 'GET', path, headers);
  return { path, headers, bodyBytes: Buffer.byteLength(body) };
}

function startBaseline(body: Buffer): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length });
    response.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function startSeeded(): Promise<() => Promise<void>> {
  const emulator = await createEmulator({ secretHashCost: testScryptCost });
  const request = await prepareRequest(emulator);
  const body = await call(emulator, 'GET', request.path, request.headers);
  const baseline = await startBaseline(Buffer.from(body));
  const { port } = baseline.address() as AddressInfo;
  send({
    kind: 'seeded-ready',
    emulatorUrl: emulator.baseUrl,
    baselineUrl: `http://127.0.0.1:${port}`,
    request,
    apiKey: emulator.apiKey,
    state: emulator.exportState(),
  });
  return async () => {
    baseline.close();
    await emulator.close();
  };
}

async function startLarge(apiKey: string, state: EmulatorSnapshot, size: LargeStateSize): Promise<() => Promise<void>> {
  const builtAt = performance.now();
  const large = withBulkRecords(state, benchUser, size, Date.now());
  const startedAt = performance.now();
  // Through the `state` option, as a state file would be loaded: the records are checked and indexed on the way in.
  const emulator = await createEmulator({ apiKey, secretHashCost: testScryptCost, state: large });
  send({
    kind: 'large-ready',
    emulatorUrl: emulator.baseUrl,
    users: large.users.length,
    challenges: large.challenges.length,
    buildMs: startedAt - builtAt,
    startMs: performance.now() - startedAt,
  });
  return () => emulator.close();
}

async function main(role: ServersRole): Promise<void> {
  let stopServers: () => Promise<void> = async () => {};
  const stop = async () => {
    await stopServers();
    // A clean exit, so `--cpu-prof` writes its profile.
    process.exit(0);
  };
  process.on('disconnect', () => void stop());
  process.on('message', (message: BenchMessage) => {
    if (message.kind === 'stop') void stop();
    else if (message.kind === 'cpu-usage') {
      const { user, system } = process.cpuUsage();
      send({ kind: 'cpu-usage', micros: user + system });
    } else if (message.kind === 'start-large') {
      startLarge(message.apiKey, message.state, message.size).then((stopLarge) => {
        stopServers = stopLarge;
      }, fail);
    }
  });
  if (role === 'seeded') stopServers = await startSeeded();
}

function fail(error: Error): void {
  send({ kind: 'failed', message: error.stack ?? error.message });
  process.exit(1);
}

const role = process.argv[2];
if (role !== 'seeded' && role !== 'large') fail(new Error(`unknown role ${role}`));
else main(role).catch(fail);
