import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, testScryptCost } from '../../../../src/emulator';
import type { MainServices } from '../../../../src/main/main-services';
import { refusalOf, type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';

let testnet: Emulator;
let mainnet: Emulator;
let underTest: ServicesUnderTest;
let services: MainServices;
let store: ServicesUnderTest['settings'];

beforeAll(async () => {
  testnet = await createEmulator({ secretHashCost: testScryptCost });
  mainnet = await createEmulator({ secretHashCost: testScryptCost, network: 'mainnet' });
});
afterAll(async () => {
  await testnet.close();
  await mainnet.close();
});

beforeEach(async () => {
  underTest = await startServicesUnderTest();
  services = underTest.services;
  store = underTest.settings;
});
afterEach(() => underTest.stop());

const handlers = () => services.handlers;

describe('environments and keys (main handlers, standalone emulators as Circle)', () => {
  it('starts on the local emulator, with no keys', async () => {
    const view = await handlers()['settings:get'](undefined);
    expect(view.active).toBe('local-emulator');
    expect(services.hostedUi()).toEqual({
      kind: 'forward',
      baseUrl: `${services.embedded.emulator.baseUrl}/pw-auth/`,
    });
    expect(view.environments.map((entry) => [entry.id, entry.key?.stored ?? null])).toEqual([
      ['local-emulator', null],
      ['standalone-emulator', false],
      ['circle-testnet', false],
      ['circle-mainnet', false],
    ]);
  });

  it('refuses to switch to an environment without a URL or a key, changing nothing', async () => {
    expect(
      (
        await refusalOf(
          handlers()['settings:setEnvironment']({ environment: 'standalone-emulator', closeOpenCases: false }),
        )
      ).code,
    ).toBe('no-base-url');
    expect(
      (await refusalOf(handlers()['settings:setEnvironment']({ environment: 'circle-testnet', closeOpenCases: false })))
        .code,
    ).toBe('no-api-key');
    expect((await handlers()['settings:get'](undefined)).active).toBe('local-emulator');
  });

  it('gives each bad key its own message and stores nothing invalid', async () => {
    await handlers()['settings:setBaseUrl']({ environment: 'standalone-emulator', baseUrl: testnet.baseUrl });
    const attempt = (
      apiKey: string,
      environment: 'standalone-emulator' | 'circle-testnet' | 'circle-mainnet' = 'standalone-emulator',
    ) => refusalOf(handlers()['settings:setApiKey']({ environment, apiKey }));
    const malformed = await attempt('not a key');
    const wrongNetwork = await attempt(`LIVE_API_KEY:${testnet.apiKey.split(':')[1]}:${testnet.apiKey.split(':')[2]}`);
    const unknown = await attempt('TEST_API_KEY:0123456789abcdef0123456789abcdef:0123456789abcdef0123456789abcdef');
    expect(malformed.code).toBe('invalid-api-key');
    expect(wrongNetwork.code).toBe('invalid-api-key');
    expect(wrongNetwork.message).not.toBe(malformed.message);
    expect(unknown).toMatchObject({ code: 'unknown-api-key', circle: { code: 156007 } });
    await handlers()['settings:setBaseUrl']({ environment: 'circle-testnet', baseUrl: 'http://127.0.0.1:9' });
    const offline = await attempt(testnet.apiKey, 'circle-testnet');
    expect(offline.code).toBe('circle-unreachable');
    for (const problem of [malformed, wrongNetwork, unknown, offline]) {
      expect(problem.message).not.toContain(testnet.apiKey.split(':')[2]);
    }
    expect((await handlers()['settings:get'](undefined)).environments.every((entry) => !entry.key?.stored)).toBe(true);
    expect(JSON.stringify(store.snapshot())).not.toContain(testnet.apiKey.split(':')[2]);
  });

  it('keeps a good key, shows its App ID and hint, and switches to the environment', async () => {
    await handlers()['settings:setBaseUrl']({ environment: 'standalone-emulator', baseUrl: testnet.baseUrl });
    const view = await handlers()['settings:setApiKey']({ environment: 'standalone-emulator', apiKey: testnet.apiKey });
    const standalone = view.environments.find((entry) => entry.id === 'standalone-emulator');
    expect(standalone?.key).toMatchObject({
      stored: true,
      hint: testnet.apiKey.split(':')[1]?.slice(-4),
      appId: testnet.appId,
      storage: 'session-only',
    });
    expect(JSON.stringify(view)).not.toContain(testnet.apiKey.split(':')[2]);
    await handlers()['settings:setEnvironment']({ environment: 'standalone-emulator', closeOpenCases: false });
    expect((await handlers()['environment:status'](undefined)).appId).toBe(testnet.appId);
    expect(services.hostedUi()).toEqual({ kind: 'forward', baseUrl: `${testnet.baseUrl}/pw-auth/` });
    const session = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: crypto.randomUUID() });
    expect(testnet.exportState().challenges.map((challenge) => challenge.id)).toContain(session.challengeId);
  });

  it('asks before closing open cases on a switch', async () => {
    await handlers()['settings:setBaseUrl']({ environment: 'standalone-emulator', baseUrl: testnet.baseUrl });
    await handlers()['settings:setApiKey']({ environment: 'standalone-emulator', apiKey: testnet.apiKey });
    const session = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: crypto.randomUUID() });
    expect((await handlers()['settings:get'](undefined)).openCases).toBe(1);
    const asked = await refusalOf(
      handlers()['settings:setEnvironment']({ environment: 'standalone-emulator', closeOpenCases: false }),
    );
    expect(asked.code).toBe('cases-open');
    await handlers()['settings:setEnvironment']({ environment: 'standalone-emulator', closeOpenCases: true });
    expect((await refusalOf(handlers()['liveCase:resume']({ caseId: session.caseId }))).code).toBe('unknown-case');
    // Closed in the log too, not left open for ever.
    await expect
      .poll(async () => (await handlers()['caseLog:open']({ caseId: session.caseId })).summary.outcome)
      .toEqual({ kind: 'cancelled' });
  });

  it('routes the hosted UI to Circle on Circle environments, and mainnet needs the user ID twice', async () => {
    // Circle mainnet, its base URL overridden to an emulator started with --network mainnet (LIVE_API_KEY keys).
    await handlers()['settings:setBaseUrl']({ environment: 'circle-mainnet', baseUrl: mainnet.baseUrl });
    expect(
      (await refusalOf(handlers()['settings:setApiKey']({ environment: 'circle-mainnet', apiKey: testnet.apiKey })))
        .code,
    ).toBe('invalid-api-key');
    await handlers()['settings:setApiKey']({ environment: 'circle-mainnet', apiKey: mainnet.apiKey });
    await handlers()['settings:setEnvironment']({ environment: 'circle-mainnet', closeOpenCases: false });
    expect(services.hostedUi()).toEqual({ kind: 'circle' });
    const unconfirmed = await refusalOf(
      handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: crypto.randomUUID() }),
    );
    expect(unconfirmed.code).toBe('confirmation-mismatch');
    const mistyped = await refusalOf(
      handlers()['reset:start']({
        userId: 'user-knows-pin',
        attemptId: crypto.randomUUID(),
        confirmedUserId: 'user-know-pin',
      }),
    );
    expect(mistyped.code).toBe('confirmation-mismatch');
    const session = await handlers()['reset:start']({
      userId: 'user-knows-pin',
      attemptId: crypto.randomUUID(),
      confirmedUserId: 'user-knows-pin',
    });
    expect(mainnet.exportState().challenges.map((challenge) => challenge.id)).toContain(session.challengeId);
    expect((await handlers()['app:info'](undefined)).environment).toEqual({
      id: 'circle-mainnet',
      label: 'Circle mainnet',
    });
  });

  it('forgets a key and falls back to the local emulator when it was the active one', async () => {
    await handlers()['settings:setBaseUrl']({ environment: 'standalone-emulator', baseUrl: testnet.baseUrl });
    await handlers()['settings:setApiKey']({ environment: 'standalone-emulator', apiKey: testnet.apiKey });
    await handlers()['settings:setEnvironment']({ environment: 'standalone-emulator', closeOpenCases: false });
    const view = await handlers()['settings:forgetKey']({ environment: 'standalone-emulator' });
    expect(view.active).toBe('local-emulator');
    expect(view.environments.find((entry) => entry.id === 'standalone-emulator')?.key?.stored).toBe(false);
  });

  it('clearing a base URL goes back to the default: Circle’s own address, and none for a standalone emulator', async () => {
    await handlers()['settings:setBaseUrl']({
      environment: 'circle-testnet',
      baseUrl: 'https://gateway.example/circle',
    });
    const cleared = await handlers()['settings:setBaseUrl']({ environment: 'circle-testnet', baseUrl: null });
    expect(cleared.environments.find((entry) => entry.id === 'circle-testnet')?.baseUrl).toBe('https://api.circle.com');
    // With a key bound elsewhere, clearing is a move to Circle's own address, and asked as one.
    await handlers()['settings:setBaseUrl']({ environment: 'circle-testnet', baseUrl: testnet.baseUrl });
    await handlers()['settings:setApiKey']({ environment: 'circle-testnet', apiKey: testnet.apiKey });
    await refusalOf(handlers()['settings:setBaseUrl']({ environment: 'circle-testnet', baseUrl: null }));
    await handlers()['settings:setBaseUrl']({ environment: 'standalone-emulator', baseUrl: testnet.baseUrl });
    await handlers()['settings:setApiKey']({ environment: 'standalone-emulator', apiKey: testnet.apiKey });
    await handlers()['settings:setEnvironment']({ environment: 'standalone-emulator', closeOpenCases: false });
    underTest.confirmations.answers.push(true);
    const none = await handlers()['settings:setBaseUrl']({ environment: 'standalone-emulator', baseUrl: null });
    expect(underTest.confirmations.asked.map((question) => question.message)).toEqual([
      'Send Circle testnet’s Circle calls to api.circle.com?',
      'Clear the base URL of Standalone emulator?',
    ]);
    expect(none.active).toBe('local-emulator');
    expect(none.environments.find((entry) => entry.id === 'standalone-emulator')).toMatchObject({
      baseUrl: null,
      key: { stored: false },
    });
  });
  it('forgetting another environment’s key leaves the active one, and its open case, alone', async () => {
    await handlers()['settings:setBaseUrl']({ environment: 'standalone-emulator', baseUrl: testnet.baseUrl });
    await handlers()['settings:setApiKey']({ environment: 'standalone-emulator', apiKey: testnet.apiKey });
    const session = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: crypto.randomUUID() });
    const view = await handlers()['settings:forgetKey']({ environment: 'standalone-emulator' });
    expect(view).toMatchObject({ active: 'local-emulator', openCases: 1 });
    await expect(handlers()['liveCase:resume']({ caseId: session.caseId })).resolves.toBeDefined();
  });

  it('names the agent in the view: the name saved, without the spaces typed around it', async () => {
    const named = await handlers()['settings:setAgentName']({ agentName: '  Ana Lopes ' });
    expect(named.agentName).toBe('Ana Lopes');
    expect((await handlers()['settings:get'](undefined)).agentName).toBe('Ana Lopes');
  });

  it('refuses unsafe base URLs', async () => {
    for (const [environment, baseUrl] of [
      ['circle-testnet', 'http://api.circle.com'],
      ['standalone-emulator', 'https://emulator.example.com'],
      ['circle-mainnet', 'https://user:secret@api.circle.com'],
    ] as const) {
      expect((await refusalOf(handlers()['settings:setBaseUrl']({ environment, baseUrl }))).code).toBe(
        'invalid-base-url',
      );
    }
  });
});
