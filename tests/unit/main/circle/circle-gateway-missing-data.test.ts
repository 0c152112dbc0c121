// An answer of 200 without the data Circle's types promise (no `data`, a null field, a body that is not JSON) fails
// the call as `unexpected`, naming the operation, rather than resolving with undefined or a TypeError's words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CircleCallError } from '../../../../src/main/circle/circle-call-error';
import { type CircleGateway, createCircleGateway } from '../../../../src/main/circle/circle-gateway';
import { rejectionOf } from '../../../support/rejections';
import { type LoopbackServer, type ScriptedAnswer, scriptedServer } from './loopback-servers';

/** What the server answers next, by `METHOD path`; anything not scripted is a 200 with an empty object. */
const answers = new Map<string, ScriptedAnswer>();
let circle: LoopbackServer;
let gateway: CircleGateway;

beforeAll(async () => {
  circle = await scriptedServer((method, path) => answers.get(`${method} ${path}`) ?? { status: 200, body: {} });
  gateway = createCircleGateway({ apiKey: 'TEST_API_KEY:missingdata00001:missingsecret0001', baseUrl: circle.url });
});
afterAll(() => circle.close());

const failureOf = (pending: Promise<unknown>) => rejectionOf(pending, CircleCallError);

/** The failure of a call whose answer had no data, in the words the agent reads. */
async function noDataFailure(pending: Promise<unknown>) {
  const error = await failureOf(pending);
  return { kind: error.kind, operation: error.operation, message: error.message };
}

const noData = (operation: string) => ({
  kind: 'unexpected',
  operation,
  message: `Circle's answer to ${operation} had no data`,
});

describe('an answer without the data Circle promises', () => {
  it('fails the App ID call when the body has no data, a null App ID, or is not JSON', async () => {
    const operation = 'GET /v1/w3s/config/entity';
    for (const body of [{}, { data: {} }, { data: { appId: null } }, 'not JSON']) {
      answers.set('GET /v1/w3s/config/entity', { status: 200, body });
      expect(await noDataFailure(gateway.fetchAppId()), JSON.stringify(body)).toEqual(noData(operation));
    }
  });

  it('fails the SDK’s reads and writes when the body has no data', async () => {
    expect(await noDataFailure(gateway.getUser('someone'))).toEqual(noData('GET /v1/w3s/users/{id}'));
    expect(await noDataFailure(gateway.createPinRestoreChallenge('token', 'key'))).toEqual(
      noData('POST /v1/w3s/user/pin/restore'),
    );
    expect(await noDataFailure(gateway.getChallenge('token', 'challenge'))).toEqual(
      noData('GET /v1/w3s/user/challenges/{id}'),
    );
    expect(await noDataFailure(gateway.subscribeNotifications('http://127.0.0.1:1/hook'))).toEqual(
      noData('POST /v2/notifications/subscriptions'),
    );
    expect(await noDataFailure(gateway.createUserToken('someone'))).toEqual(noData('POST /v1/w3s/users/token'));
    expect(await noDataFailure(gateway.createPinChangeChallenge('token', 'key'))).toEqual(
      noData('PUT /v1/w3s/user/pin'),
    );
    expect(await noDataFailure(gateway.notificationPublicKey('key-id'))).toEqual(
      noData('GET /v2/notifications/publicKey/{id}'),
    );
  });

  it('fails a read whose data lacks the one field it asked for', async () => {
    answers.set('GET /v1/w3s/users/someone', { status: 200, body: { data: { wallets: [] } } });
    expect(await noDataFailure(gateway.getUser('someone'))).toEqual(noData('GET /v1/w3s/users/{id}'));
    // A user token without its encryption key is no token: the customer's window could not use it.
    answers.set('POST /v1/w3s/users/token', { status: 200, body: { data: { userToken: 'token' } } });
    expect(await noDataFailure(gateway.createUserToken('someone'))).toEqual(noData('POST /v1/w3s/users/token'));
    answers.set('GET /v2/notifications/publicKey/key-id', {
      status: 200,
      body: { data: { algorithm: 'ECDSA_SHA_256' } },
    });
    expect(await noDataFailure(gateway.notificationPublicKey('key-id'))).toEqual(
      noData('GET /v2/notifications/publicKey/{id}'),
    );
  });

  it('reads a challenge list without data, or without challenges, as no challenges', async () => {
    for (const body of [{}, { data: {} }]) {
      answers.set('GET /v1/w3s/user/challenges', { status: 200, body });
      expect(await gateway.listChallenges('token'), JSON.stringify(body)).toEqual([]);
    }
  });
});
