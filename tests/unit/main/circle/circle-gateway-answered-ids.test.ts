// Observers and errors carry the X-Request-Id Circle answered with when it differs from the one sent (a gateway in
// front of Circle may give its own), and the one sent when the answer has none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CircleCallError } from '../../../../src/main/circle/circle-call-error';
import { createCircleGateway } from '../../../../src/main/circle/circle-gateway';
import type { CircleCall } from '../../../../src/shared/circle/circle-call';
import { type LoopbackServer, type ScriptedAnswer, scriptedServer } from './loopback-servers';

const user = { id: 'someone', status: 'ENABLED', pinStatus: 'ENABLED', createDate: '2026-01-01T00:00:00Z' };
let answer: ScriptedAnswer;
let circle: LoopbackServer;

beforeAll(async () => {
  circle = await scriptedServer(() => answer);
});
afterAll(() => circle.close());

/** A getUser through the SDK on the scripted server, and what its observer heard. */
async function getUserObserved(): Promise<{ outcome: unknown; calls: CircleCall[] }> {
  const calls: CircleCall[] = [];
  const gateway = createCircleGateway({
    apiKey: 'TEST_API_KEY:answeredids00001:answeredsecret001',
    baseUrl: circle.url,
  });
  const outcome = await gateway
    .observed((call) => calls.push(call))
    .getUser('someone')
    .catch((error: unknown) => error);
  return { outcome, calls };
}

describe('the request ID an SDK call is known by', () => {
  it('is the one Circle answered with, on success', async () => {
    answer = { status: 200, headers: { 'x-request-id': 'answered-by-circle' }, body: { data: { user } } };
    const { outcome, calls } = await getUserObserved();
    expect(outcome).toMatchObject({ id: 'someone' });
    expect(calls).toEqual([{ endpoint: 'GET /v1/w3s/users/{id}', httpStatus: 200, requestId: 'answered-by-circle' }]);
  });

  it('is the one sent, when the answer carries none', async () => {
    answer = { status: 200, body: { data: { user } } };
    const { calls } = await getUserObserved();
    expect(calls).toEqual([
      { endpoint: 'GET /v1/w3s/users/{id}', httpStatus: 200, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    ]);
  });

  it('is the one Circle answered a failure with, on the error and for observers', async () => {
    answer = {
      status: 404,
      headers: { 'x-request-id': 'answered-by-circle' },
      body: { code: 155102, message: 'User not found' },
    };
    const { outcome, calls } = await getUserObserved();
    expect(outcome).toBeInstanceOf(CircleCallError);
    const error = outcome as CircleCallError;
    expect(error.circle).toEqual({ code: 155102, status: 404 });
    expect(error.requestId).toBe('answered-by-circle');
    expect(calls).toEqual([
      { endpoint: 'GET /v1/w3s/users/{id}', httpStatus: 404, requestId: 'answered-by-circle', circleCode: 155102 },
    ]);
  });
});
