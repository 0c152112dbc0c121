// The idempotency key of a case's challenge request: the same key only when the last request's outcome is unknown
// (no answer, 5xx, 429), a new one after any definitive answer (155104 included). Proven on the wire — the keys main
// really sent — against the emulator under both of Circle's readings (`successful-only`, `replay-errors`).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idempotencyRules, testScryptCost } from '../../../../src/emulator';
import { CircleCallError } from '../../../../src/main/circle/circle-call-error';
import { installFetchTransport } from '../../../../src/main/circle/circle-transport';
import { keyAfterFailure, outcomeUnknown } from '../../../../src/main/flows/idempotency-key-rule';
import { customerChangesPinDirectly } from '../../../support/customer-in-hosted-ui';
import { emulatorControl, injectFault, pendingFaults } from '../../../support/emulator-controls';
import { refusalOf, type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';
import { seededPin } from '../../../support/seeded-customer';
import { withWholeSessions } from '../../../support/whole-sessions';

describe('which failures leave the outcome unknown', () => {
  const answered = (status: number, code = status) =>
    new CircleCallError('circle', 'PUT /v1/w3s/user/pin', 'refused', { code, status });
  it.each([
    ['no answer', new CircleCallError('network', 'PUT /v1/w3s/user/pin', 'fetch failed', undefined, 'ECONNRESET')],
    ['a 500', answered(500)],
    ['a 503', answered(503)],
    ['a 429', answered(429)],
    ['an answer that could not be read', new CircleCallError('unexpected', 'PUT /v1/w3s/user/pin', 'no data')],
    ['something that is not a Circle call error', new Error('boom')],
  ])('%s: unknown, so the key is kept', (_name, error) => {
    expect(outcomeUnknown(error)).toBe(true);
    expect(keyAfterFailure('key-1', error, () => 'key-2')).toBe('key-1');
  });
  it.each([
    ['155104 (token expired)', answered(403, 155104)],
    ['155105 (token invalid)', answered(403, 155105)],
    ['155119 (PIN locked)', answered(403, 155119)],
    ['a bare 400', answered(400)],
    ['156020 (use a new key)', answered(409, 156020)],
  ])('%s: definitive, so the next attempt gets a new key', (_name, error) => {
    expect(outcomeUnknown(error)).toBe(false);
    expect(keyAfterFailure('key-1', error, () => 'key-2')).toBe('key-2');
  });
});

describe.each(idempotencyRules)('the console’s keys against an emulator answering %s', (rule) => {
  let underTest: ServicesUnderTest;
  /** The idempotency key of every PUT /v1/w3s/user/pin main sent, in order. */
  let keysSent: string[];
  let undoTransport: () => void;

  beforeEach(async () => {
    keysSent = [];
    undoTransport = installFetchTransport(async (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'PUT' && new URL(request.url).pathname === '/v1/w3s/user/pin') {
        keysSent.push((JSON.parse(await request.clone().text()) as { idempotencyKey: string }).idempotencyKey);
      }
      return fetch(request);
    });
    underTest = await startServicesUnderTest({
      emulatorOptions: { secretHashCost: testScryptCost, behaviour: { idempotency: rule } },
    });
  });

  afterEach(async () => {
    undoTransport();
    await underTest.stop();
  });

  const handlers = () => withWholeSessions(underTest.services.handlers);
  const emulator = () => underTest.services.embedded.emulator;
  const challengesOf = (userId: string) =>
    emulator()
      .exportState()
      .challenges.filter((challenge) => challenge.userId === userId);

  it('Retry after a 500 and after a dropped connection sends the same key: one challenge, which completes', async () => {
    await injectFault(emulator(), { method: 'PUT', path: '/v1/w3s/user/pin', status: 500 });
    const attemptId = crypto.randomUUID();
    expect((await refusalOf(handlers()['reset:start']({ userId: 'user-knows-pin', attemptId }))).circle?.status).toBe(
      500,
    );
    await injectFault(emulator(), { method: 'PUT', path: '/v1/w3s/user/pin', drop: true });
    expect((await refusalOf(handlers()['reset:start']({ userId: 'user-knows-pin', attemptId }))).code).toBe(
      'circle-unreachable',
    );
    const session = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId });
    expect(keysSent).toHaveLength(3);
    expect(new Set(keysSent).size).toBe(1);
    expect(challengesOf('user-knows-pin').map((challenge) => challenge.id)).toEqual([session.challengeId]);
    await customerChangesPinDirectly(emulator(), session, seededPin, '390517');
  });

  it('a 155104 Circle produced gets a new token and a new key: the challenge is made, nothing is replayed', async () => {
    // The PUT is held while the emulator's clock passes the token's hour, so the endpoint itself answers 155104.
    await injectFault(emulator(), { method: 'PUT', path: '/v1/w3s/user/pin', delayMs: 300 });
    const starting = handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: crypto.randomUUID() });
    // The PUT has arrived (its fault is used up on arrival) and is being held: now the token's hour passes.
    await vi.waitFor(async () => expect(await pendingFaults(emulator())).toEqual([]), { timeout: 3000 });
    emulator().clock.advance(61 * 60);
    const session = await starting;
    expect(keysSent).toHaveLength(2);
    expect(keysSent[1]).not.toBe(keysSent[0]);
    expect(challengesOf('user-knows-pin').map((challenge) => challenge.idempotencyKey)).toEqual([keysSent[1]]);
    expect(session.challengeId).toBe(challengesOf('user-knows-pin')[0]?.id);
  });

  it('Retry after a definitive refusal (155119, the PIN locked meanwhile) sends a new key and succeeds', async () => {
    await emulatorControl(emulator(), '/emulator/users', { userId: 'locks-meanwhile', scenario: 'user-knows-pin' });
    const lockPin = await anotherWindow('locks-meanwhile');
    // While main's PUT is held, the customer locks the PIN in that other window: the endpoint answers 155119.
    await injectFault(emulator(), { method: 'PUT', path: '/v1/w3s/user/pin', delayMs: 400 });
    const attemptId = crypto.randomUUID();
    const starting = refusalOf(handlers()['reset:start']({ userId: 'locks-meanwhile', attemptId }));
    await lockPin();
    expect((await starting).circle?.code).toBe(155119);
    await emulatorControl(emulator(), '/emulator/users/locks-meanwhile/unlock', {});
    const session = await handlers()['reset:start']({ userId: 'locks-meanwhile', attemptId });
    expect(keysSent).toHaveLength(2);
    expect(keysSent[1]).not.toBe(keysSent[0]);
    expect(challengesOf('locks-meanwhile').at(-1)?.id).toBe(session.challengeId);
  });

  /** A challenge of the customer's own, opened; what it returns enters four wrong PINs there, locking the PIN. */
  async function anotherWindow(userId: string): Promise<() => Promise<void>> {
    const gatewayToken = await fetch(`${emulator().baseUrl}/v1/w3s/users/token`, {
      method: 'POST',
      headers: { authorization: `Bearer ${emulator().apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ userId }),
    });
    const { userToken, encryptionKey } = ((await gatewayToken.json()) as { data: Record<string, string> }).data;
    const created = await fetch(`${emulator().baseUrl}/v1/w3s/user/pin`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${emulator().apiKey}`,
        'content-type': 'application/json',
        'x-user-token': userToken ?? '',
      },
      body: JSON.stringify({ idempotencyKey: crypto.randomUUID() }),
    });
    const { challengeId } = ((await created.json()) as { data: { challengeId: string } }).data;
    const session = { challengeId, userToken: userToken ?? '' };
    emulator().challengeSteps.open({ ...session, encryptionKey: encryptionKey ?? '', appId: emulator().appId });
    return async () => {
      for (const wrong of ['111112', '111113', '111114', '111115']) {
        await emulator().challengeSteps.verifyCurrentPin(session, wrong);
      }
    };
  }
});
