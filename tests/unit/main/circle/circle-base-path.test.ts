// A base URL with a path (a gateway in front of Circle, `https://gateway.example/circle`) keeps every call under that
// path, the App ID check included: the key is checked against, and sent to, that URL and nothing beside it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, testScryptCost } from '../../../../src/emulator';
import { type CircleGateway, createCircleGateway } from '../../../../src/main/circle/circle-gateway';
import { type FetchFunction, installFetchTransport } from '../../../../src/main/circle/circle-transport';
import { frontServer, type LoopbackServer, recordingServer } from './loopback-servers';

let emulator: Emulator;
let gatewayFront: LoopbackServer;
/** Answers the emulator's HEAD check of a subscription's endpoint. */
let hookEndpoint: LoopbackServer;
let undoTransport: (() => void) | undefined;

beforeAll(async () => {
  emulator = await createEmulator({ secretHashCost: testScryptCost });
  // Only /circle/… reaches the emulator (prefix taken off); anything else is answered 404.
  gatewayFront = await frontServer({ upstream: emulator.baseUrl, prefix: '/circle' });
  hookEndpoint = await recordingServer();
});
afterAll(async () => {
  await gatewayFront.close();
  await hookEndpoint.close();
  await emulator.close();
});
afterEach(() => {
  undoTransport?.();
  undoTransport = undefined;
  gatewayFront.received.length = 0;
});

/** Every call the gateway has, in turn; the paths each sends, as Circle's API names them. */
async function everyCall(gateway: CircleGateway): Promise<string[]> {
  expect(await gateway.fetchAppId()).toBe(emulator.appId);
  await gateway.getUser('user-knows-pin');
  const { userToken } = await gateway.createUserToken('user-knows-pin');
  const { challengeId } = await gateway.createPinChangeChallenge(userToken, crypto.randomUUID());
  await gateway.createPinRestoreChallenge(userToken, crypto.randomUUID());
  await gateway.getChallenge(userToken, challengeId);
  await gateway.listChallenges(userToken, 'PENDING');
  const { subscriptionId } = await gateway.subscribeNotifications(`${hookEndpoint.url}/hook`);
  await gateway.unsubscribeNotifications(subscriptionId);
  const keyId = emulator.exportState().entity.notificationKey.id;
  await gateway.notificationPublicKey(keyId);
  return [
    'GET /v1/w3s/config/entity',
    'GET /v1/w3s/users/user-knows-pin',
    'POST /v1/w3s/users/token',
    'PUT /v1/w3s/user/pin',
    'POST /v1/w3s/user/pin/restore',
    `GET /v1/w3s/user/challenges/${challengeId}`,
    'GET /v1/w3s/user/challenges?status=PENDING',
    'POST /v2/notifications/subscriptions',
    `DELETE /v2/notifications/subscriptions/${subscriptionId}`,
    `GET /v2/notifications/publicKey/${keyId}`,
  ];
}

const transports: [string, () => FetchFunction | undefined][] = [
  ['no transport installed', () => undefined],
  ['a Node fetch transport', () => fetch],
];

describe('a base URL with a path prefix', () => {
  it('is a real prefix here: the same calls without it are answered 404', async () => {
    const gateway = createCircleGateway({ apiKey: emulator.apiKey, baseUrl: gatewayFront.url });
    await expect(gateway.fetchAppId()).rejects.toMatchObject({ circle: { status: 404 } });
    await expect(gateway.getUser('user-knows-pin')).rejects.toMatchObject({ circle: { status: 404 } });
  });

  describe.each(transports)('with %s', (_name, transport) => {
    it.each(['/circle', '/circle/', '/circle//'])('sends every call, App ID included, under %s', async (path) => {
      const installed = transport();
      if (installed) undoTransport = installFetchTransport(installed);
      const gateway = createCircleGateway({ apiKey: emulator.apiKey, baseUrl: `${gatewayFront.url}${path}` });

      const sent = await everyCall(gateway);

      const arrived = gatewayFront.received.map((request) => `${request.method} ${request.url}`);
      expect(arrived).toEqual(sent.map((call) => call.replace(' /', ' /circle/')));
    });
  });
});
