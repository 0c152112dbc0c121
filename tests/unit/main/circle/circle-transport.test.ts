import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { inspect } from 'node:util';
import { createProxy } from 'proxy';
import { ProxyAgent } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, testScryptCost } from '../../../../src/emulator';
import { CircleCallError } from '../../../../src/main/circle/circle-call-error';
import { createCircleGateway } from '../../../../src/main/circle/circle-gateway';
import {
  circleFetch,
  type FetchFunction,
  installFetchTransport,
  sdkAxios,
  transportFailure,
} from '../../../../src/main/circle/circle-transport';
import { flowFailure } from '../../../../src/main/failures/flow-failure';
import { rejectionOf } from '../../../support/rejections';
import { deadPort } from './loopback-servers';

/** A local forward proxy (TooTallNate's `proxy`) that also taps its tunnels to record the request lines inside. */
interface TappedProxy {
  url: string;
  /** CONNECT targets, `host:port`. */
  tunnels: string[];
  /** `METHOD /path` of every HTTP request carried through a tunnel. */
  requests: string[];
  close(): Promise<void>;
}

async function startProxy(options: { demandCredentials?: boolean } = {}): Promise<TappedProxy> {
  const server = createProxy(createServer());
  if (options.demandCredentials) server.authenticate = () => false;
  const tunnels: string[] = [];
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // Registered after the proxy's own listener, which has already paused the socket: tapping loses no bytes.
  server.on('connect', (request: IncomingMessage, socket: Socket) => {
    tunnels.push(request.url ?? '');
    socket.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('latin1').matchAll(/^(GET|POST|PUT|DELETE|PATCH) (\S+) HTTP\/1\.1\r$/gm)) {
        requests.push(`${line[1]} ${line[2]}`);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Node's global fetch, sent through a proxy by undici's ProxyAgent (Electron's net.fetch does this itself). */
function fetchThroughProxy(proxyUrl: string): { fetch: FetchFunction; agent: ProxyAgent } {
  const agent = new ProxyAgent(proxyUrl);
  const proxied: FetchFunction = (input, init) => fetch(input, { ...init, dispatcher: agent } as RequestInit);
  return { fetch: proxied, agent };
}

const failureOf = (pending: Promise<unknown>) => rejectionOf(pending, CircleCallError);

let emulator: Emulator;
let undoTransport: (() => void) | undefined;
const agents: ProxyAgent[] = [];
const proxies: TappedProxy[] = [];
const axiosDefaults = sdkAxios().defaults;
const originalAdapter = axiosDefaults.adapter;
const originalEnv = axiosDefaults.env;

beforeAll(async () => {
  emulator = await createEmulator({ secretHashCost: testScryptCost });
});
afterAll(() => emulator.close());
afterEach(async () => {
  undoTransport?.();
  undoTransport = undefined;
  await Promise.all(agents.splice(0).map((agent) => agent.close()));
  await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
  // Every test leaves the SDK's axios as it found it.
  expect(axiosDefaults.adapter).toBe(originalAdapter);
  expect(axiosDefaults.env).toBe(originalEnv);
});

function install(fetchImpl: FetchFunction): void {
  undoTransport = installFetchTransport(fetchImpl);
}

async function proxied(options: { demandCredentials?: boolean } = {}): Promise<TappedProxy> {
  const proxy = await startProxy(options);
  proxies.push(proxy);
  const { fetch: proxiedFetch, agent } = fetchThroughProxy(proxy.url);
  agents.push(agent);
  install(proxiedFetch);
  return proxy;
}

describe('the Circle transport through a local proxy', () => {
  it('carries the SDK’s calls and the direct App ID call through the proxy, and they still work', async () => {
    const proxy = await proxied();
    const gateway = createCircleGateway({ apiKey: emulator.apiKey, baseUrl: emulator.baseUrl });

    expect(await gateway.fetchAppId()).toBe(emulator.appId);
    expect((await gateway.getUser('user-knows-pin')).pinStatus).toBe('ENABLED');
    const { userToken } = await gateway.createUserToken('user-knows-pin');
    const { challengeId } = await gateway.createPinChangeChallenge(userToken, crypto.randomUUID());
    expect((await gateway.getChallenge(userToken, challengeId)).status).toBe('PENDING');

    const emulatorHost = new URL(emulator.baseUrl).host;
    expect(new Set(proxy.tunnels)).toEqual(new Set([emulatorHost]));
    expect(proxy.requests).toEqual([
      'GET /v1/w3s/config/entity',
      'GET /v1/w3s/users/user-knows-pin',
      'POST /v1/w3s/users/token',
      'PUT /v1/w3s/user/pin',
      `GET /v1/w3s/user/challenges/${challengeId}`,
    ]);
  });

  it('still reports Circle’s own refusals as Circle’s, through the fetch adapter', async () => {
    const proxy = await proxied();
    const gateway = createCircleGateway({ apiKey: emulator.apiKey, baseUrl: emulator.baseUrl });
    const error = await failureOf(gateway.getUser('no-such-user'));
    expect(error.kind).toBe('circle');
    expect(error.circle).toEqual({ code: 155102, status: 404 });
    expect(error.transport).toBeUndefined();
    expect(proxy.requests).toEqual(['GET /v1/w3s/users/no-such-user']);
  });

  it('names a dead proxy as a proxy failure, with its own message and no key in it', async () => {
    const { fetch: proxiedFetch, agent } = fetchThroughProxy(`http://127.0.0.1:${await deadPort()}`);
    agents.push(agent);
    install(proxiedFetch);
    const gateway = createCircleGateway({ apiKey: emulator.apiKey, baseUrl: emulator.baseUrl });

    for (const [step, call] of [
      ['lookup', () => gateway.getUser('user-knows-pin')],
      ['app-id', () => gateway.fetchAppId()],
    ] as const) {
      const error = await failureOf(call());
      expect(error).toMatchObject({ kind: 'network', transport: 'proxy', networkCode: 'ECONNREFUSED' });
      const failure = flowFailure(step, error);
      expect(failure.code).toBe('proxy-failed');
      expect(failure.message).toMatch(/proxy settings/);
      const everything = `${inspect(error, { depth: 10, showHidden: true })} ${failure.message}`;
      for (const part of [emulator.apiKey, ...emulator.apiKey.split(':').slice(1)]) {
        expect(everything).not.toContain(part);
      }
    }
  });

  it('names a proxy that demands credentials (407) as a proxy failure', async () => {
    await proxied({ demandCredentials: true });
    const gateway = createCircleGateway({ apiKey: emulator.apiKey, baseUrl: emulator.baseUrl });
    const error = await failureOf(gateway.getUser('user-knows-pin'));
    expect(error).toMatchObject({ kind: 'network', transport: 'proxy', networkCode: 'HTTP 407' });
  });

  it('keeps a refused Circle a plain network failure: only another endpoint is a proxy', async () => {
    install(fetch);
    const offline = createCircleGateway({ apiKey: emulator.apiKey, baseUrl: `http://127.0.0.1:${await deadPort()}` });
    const error = await failureOf(offline.getUser('user-knows-pin'));
    expect(error).toMatchObject({ kind: 'network', networkCode: 'ECONNREFUSED', transport: undefined });
    expect(flowFailure('lookup', error).code).toBe('circle-unreachable');
  });

  it('names a failed TLS handshake as a TLS failure, with its own message', async () => {
    install(fetch);
    // TLS spoken to a plain-HTTP port: the handshake fails, as it does when something answers in Circle's place.
    const gateway = createCircleGateway({
      apiKey: emulator.apiKey,
      baseUrl: emulator.baseUrl.replace('http:', 'https:'),
    });
    const error = await failureOf(gateway.getUser('user-knows-pin'));
    expect(error).toMatchObject({ kind: 'network', transport: 'tls' });
    expect(error.networkCode).toMatch(/^ERR_SSL_/);
    const failure = flowFailure('token', error);
    expect(failure.code).toBe('tls-failed');
    expect(failure.message).toMatch(/secure connection/);
  });

  it('undo restores direct calls', async () => {
    const direct = circleFetch();
    const proxy = await proxied();
    const gateway = createCircleGateway({ apiKey: emulator.apiKey, baseUrl: emulator.baseUrl });
    await gateway.getUser('user-knows-pin');
    await gateway.fetchAppId();
    expect(proxy.requests).toHaveLength(2);

    undoTransport?.();
    undoTransport = undefined;
    expect(axiosDefaults.adapter).toBe(originalAdapter);
    expect(axiosDefaults.env).toBe(originalEnv);
    expect(circleFetch()).toBe(direct);
    await gateway.getUser('user-knows-pin');
    expect(await gateway.fetchAppId()).toBe(emulator.appId);
    expect(proxy.requests).toHaveLength(2);
  });
});

describe('Electron net.fetch failures, as they surface through the SDK', () => {
  // net.fetch rejects with a plain Error named after Chromium's net error; axios and the SDK wrap it.
  const cases: [string, 'proxy' | 'tls' | undefined, string][] = [
    ['net::ERR_PROXY_CONNECTION_FAILED', 'proxy', 'proxy-failed'],
    ['net::ERR_TUNNEL_CONNECTION_FAILED', 'proxy', 'proxy-failed'],
    ['net::ERR_PROXY_AUTH_UNSUPPORTED', 'proxy', 'proxy-failed'],
    ['net::ERR_PROXY_CERTIFICATE_INVALID', 'proxy', 'proxy-failed'],
    ['net::ERR_MANDATORY_PROXY_CONFIGURATION_FAILED', 'proxy', 'proxy-failed'],
    ['net::ERR_SOCKS_CONNECTION_FAILED', 'proxy', 'proxy-failed'],
    ['net::ERR_CERT_AUTHORITY_INVALID', 'tls', 'tls-failed'],
    ['net::ERR_CERT_DATE_INVALID', 'tls', 'tls-failed'],
    ['net::ERR_CERT_COMMON_NAME_INVALID', 'tls', 'tls-failed'],
    ['net::ERR_SSL_PROTOCOL_ERROR', 'tls', 'tls-failed'],
    ['net::ERR_BAD_SSL_CLIENT_AUTH_CERT', 'tls', 'tls-failed'],
    ['net::ERR_INTERNET_DISCONNECTED', undefined, 'circle-unreachable'],
    ['net::ERR_NAME_NOT_RESOLVED', undefined, 'circle-unreachable'],
    ['net::ERR_CONNECTION_REFUSED', undefined, 'circle-unreachable'],
  ];

  it.each(cases)('%s → %s', async (netError, transport, code) => {
    install(async () => {
      throw new Error(netError);
    });
    const gateway = createCircleGateway({ apiKey: 'TEST_API_KEY:abc123:def456', baseUrl: 'https://api.circle.com' });
    for (const call of [() => gateway.getUser('user-1'), () => gateway.fetchAppId()]) {
      const error = await failureOf(call());
      expect(error).toMatchObject({ kind: 'network', networkCode: netError, transport });
      expect(flowFailure('lookup', error).code).toBe(code);
    }
  });
});

describe('the transport failure classifier on Node’s errors', () => {
  const withCode = (code: string, fields: Record<string, unknown> = {}) =>
    Object.assign(new Error(`${code} happened`), { code, ...fields });
  const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });
  const target = 'https://api.circle.com';

  it.each([
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls'],
    ['CERT_HAS_EXPIRED', 'tls'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'tls'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'tls'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls'],
    ['UND_ERR_PRX_TLS', 'proxy'],
    ['ENOTFOUND', 'network'],
    ['UND_ERR_CONNECT_TIMEOUT', 'network'],
  ] as const)('%s → %s', (code, kind) => {
    expect(transportFailure(fetchFailed(withCode(code)), target)).toEqual({ kind, code });
  });

  it('tells a refused proxy from a refused Circle by the endpoint that refused', () => {
    const refused = (address: string, port: number) => withCode('ECONNREFUSED', { address, port, syscall: 'connect' });
    expect(transportFailure(fetchFailed(refused('10.0.0.5', 3128)), target)?.kind).toBe('proxy');
    expect(transportFailure(fetchFailed(refused('3.33.1.1', 443)), target)?.kind).toBe('network');
    // Happy Eyeballs reports every address it tried.
    const both = new AggregateError([refused('10.0.0.5', 8080), refused('::1', 8080)], '');
    expect(transportFailure(fetchFailed(Object.assign(both, { code: 'ECONNREFUSED' })), target)?.kind).toBe('proxy');
    const unresolvedProxy = withCode('ENOTFOUND', { hostname: 'proxy.corp.example' });
    expect(transportFailure(fetchFailed(unresolvedProxy), target)?.kind).toBe('proxy');
  });

  it('reads an EPROTO as TLS only when OpenSSL says so', () => {
    const eproto = (message: string) => Object.assign(new Error(message), { code: 'EPROTO' });
    expect(transportFailure(eproto('write EPROTO error:0A00010B:SSL routines::wrong version number'))?.kind).toBe(
      'tls',
    );
    expect(transportFailure(eproto('protocol error'))?.kind).toBe('network');
  });

  it('leaves answered calls and other errors alone', () => {
    expect(transportFailure({ status: 407, message: 'Proxy Authentication Required' })).toEqual({
      kind: 'proxy',
      code: 'HTTP 407',
    });
    expect(transportFailure({ status: 404, code: 155102, message: 'Cannot find the user' })).toBeNull();
    expect(transportFailure(new Error('something else'))).toBeNull();
    expect(transportFailure('a string')).toBeNull();
    expect(transportFailure(null)).toBeNull();
    const loop: { message: string; cause?: unknown } = { message: 'loop' };
    loop.cause = loop;
    expect(transportFailure(loop)).toBeNull();
  });
});
