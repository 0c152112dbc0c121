// A reset against a base URL that redirects one of Circle's calls elsewhere: the start fails, the agent reads why, the
// case's log records the refused redirect, and the other server never hears from PIN Desk.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, testScryptCost } from '../../../../src/emulator';
import { refusalOf, type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';
import { frontServer, type LoopbackServer, recordingServer } from '../circle/loopback-servers';

let circle: Emulator;
let elsewhere: LoopbackServer;
/** Circle's API as configured: the emulator, except that POST /v1/w3s/users/token is answered 307 to elsewhere. */
let redirectingFront: LoopbackServer;
let underTest: ServicesUnderTest;

beforeAll(async () => {
  circle = await createEmulator({ secretHashCost: testScryptCost });
  elsewhere = await recordingServer();
  redirectingFront = await frontServer({
    upstream: circle.baseUrl,
    redirects: (method, path) => method === 'POST' && path === '/v1/w3s/users/token',
    redirectTo: elsewhere.url,
  });
});
afterAll(async () => {
  await redirectingFront.close();
  await elsewhere.close();
  await circle.close();
});

beforeEach(async () => {
  underTest = await startServicesUnderTest();
  const handlers = underTest.services.handlers;
  await handlers['settings:setBaseUrl']({ environment: 'circle-testnet', baseUrl: redirectingFront.url });
  await handlers['settings:setApiKey']({ environment: 'circle-testnet', apiKey: circle.apiKey });
  await handlers['settings:setEnvironment']({ environment: 'circle-testnet', closeOpenCases: false });
});
afterEach(async () => {
  await underTest.stop();
  elsewhere.received.length = 0;
});

describe('a reset whose session token call is redirected to another server', () => {
  it('fails, tells the agent and the case log the redirect was refused, and sends nothing there', async () => {
    const handlers = underTest.services.handlers;
    const failure = await refusalOf(
      handlers['reset:start']({ userId: 'user-knows-pin', attemptId: crypto.randomUUID() }),
    );
    const refused = `Circle's API answered 307, a redirect to ${elsewhere.url}. PIN Desk follows no redirect with the API key, so nothing was sent there.`;
    expect(failure.code).toBe('redirect-refused');
    expect(failure.message).toContain(`PIN Desk stopped while getting a session token: ${refused}`);

    const { cases } = await handlers['caseLog:list']({ userId: 'user-knows-pin' });
    expect(cases).toHaveLength(1);
    const caseId = cases[0]?.caseId ?? '';
    const { entries } = await handlers['caseLog:open']({ caseId });
    expect(entries.filter((entry) => entry.type === 'error')).toEqual([
      expect.objectContaining({ step: 'token', code: 'redirect-refused', message: failure.message }),
    ]);
    expect(entries).toContainEqual(
      expect.objectContaining({ type: 'circle-call', endpoint: 'POST /v1/w3s/users/token', httpStatus: 307 }),
    );
    expect(entries.some((entry) => entry.type === 'challenge-created')).toBe(false);

    expect(elsewhere.received).toEqual([]);
    // The calls before it went through the same front to the emulator: the redirect is the only thing refused.
    expect(redirectingFront.received.map((request) => `${request.method} ${request.url}`)).toEqual(
      expect.arrayContaining(['GET /v1/w3s/config/entity', 'POST /v1/w3s/users/token']),
    );
    const log = JSON.stringify(entries);
    for (const part of [circle.apiKey, ...circle.apiKey.split(':').slice(1)]) expect(log).not.toContain(part);
  });
});
