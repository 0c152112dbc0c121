// Issue 24 §2: a lookup Circle answered with trouble on its side says so plainly, once, and carries the X-Request-Id
// Circle answered with (for an escalation) through the envelope the renderer receives.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Exchange } from '../../../../src/emulator';
import { testScryptCost } from '../../../../src/emulator';
import { toIpcError } from '../../../../src/main/ipc/ipc-error-envelope';
import { injectFault } from '../../../support/emulator-controls';
import { refusalOf, type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';

let underTest: ServicesUnderTest;
const exchanges: Exchange[] = [];
beforeEach(async () => {
  exchanges.length = 0;
  underTest = await startServicesUnderTest({
    emulatorOptions: { secretHashCost: testScryptCost, onExchange: (exchange) => exchanges.push(exchange) },
  });
});
afterEach(() => underTest.stop());

const emulator = () => underTest.services.embedded.emulator;
const lookupEnvelope = async (userId: string) =>
  toIpcError(await refusalOf(underTest.services.handlers['customer:lookup']({ userId })), 'ref');
const answeredId = (path: string) => exchanges.filter((exchange) => exchange.url === path).at(-1)?.requestId;

describe('a failed lookup, as the renderer receives it', () => {
  it('a 500: Circle’s trouble in plain words (no code-table text), its status, and the request ID Circle answered', async () => {
    await injectFault(emulator(), { method: 'GET', path: '/v1/w3s/users/user-knows-pin', status: 500, times: 1 });
    const envelope = await lookupEnvelope('user-knows-pin');
    expect(envelope).toEqual({
      code: 'lookup-failed',
      message: 'Circle had a problem on its side while looking up the customer.',
      circle: { code: expect.any(Number), status: 500 },
      requestId: answeredId('/v1/w3s/users/user-knows-pin'),
    });
    expect(envelope.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('an unknown user: its own code, and the request ID too', async () => {
    const envelope = await lookupEnvelope('nobody-here-42');
    expect(envelope).toMatchObject({ code: 'unknown-user', circle: { code: 155102, status: 404 } });
    expect(envelope.requestId).toBe(answeredId('/v1/w3s/users/nobody-here-42'));
  });

  it('Circle unreachable: no request ID, since Circle never answered', async () => {
    await injectFault(emulator(), { method: 'GET', path: '/v1/w3s/users/user-knows-pin', drop: true, times: 1 });
    const envelope = await lookupEnvelope('user-knows-pin');
    expect(envelope.code).toBe('circle-unreachable');
    expect(envelope).not.toHaveProperty('requestId');
  });
});
