// The settings service's edges through main's handlers, standalone emulators standing in for Circle: what each refusal
// says, which environment a change rebuilds (and which it leaves alone, open cases and all), and what the settings
// file keeps of a key's App ID.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, testScryptCost } from '../../../../src/emulator';
import { refusalOf, type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';

let circleA: Emulator;
let circleB: Emulator;
let underTest: ServicesUnderTest;

beforeAll(async () => {
  circleA = await createEmulator({ secretHashCost: testScryptCost });
  circleB = await createEmulator({ secretHashCost: testScryptCost });
});
afterAll(async () => {
  await circleA.close();
  await circleB.close();
});
beforeEach(async () => {
  underTest = await startServicesUnderTest();
});
afterEach(() => underTest.stop());

const handlers = () => underTest.services.handlers;
const view = () => handlers()['settings:get'](undefined);
const entryOf = async (id: string) => (await view()).environments.find((entry) => entry.id === id);
/** Opens a case on the active environment; its case ID. */
const openCase = async () =>
  (await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: crypto.randomUUID() })).caseId;
/** Still open: resuming it works (a closed case is unknown to live cases). */
const expectOpen = async (caseId: string) => {
  expect((await view()).openCases).toBe(1);
  await expect(handlers()['liveCase:resume']({ caseId })).resolves.toBeDefined();
};
/** Circle testnet on `circle`, with its key; not switched to. */
const keyTestnetOn = async (circle: Emulator) => {
  const saved = await handlers()['settings:saveConnection']({
    environment: 'circle-testnet',
    baseUrl: circle.baseUrl,
    apiKey: circle.apiKey,
  });
  expect(saved.saved).toBe(true);
};

describe('what the settings service refuses, in words', () => {
  it('refuses to give the local emulator an address or a key, saying why', async () => {
    expect(
      await refusalOf(handlers()['settings:setBaseUrl']({ environment: 'local-emulator', baseUrl: null })),
    ).toMatchObject({ code: 'invalid-base-url', message: 'The local emulator chooses its own address.' });
    expect(
      await refusalOf(handlers()['settings:setApiKey']({ environment: 'local-emulator', apiKey: circleA.apiKey })),
    ).toMatchObject({ code: 'invalid-api-key', message: 'The local emulator uses its own key; nothing to save.' });
    expect(
      await refusalOf(
        handlers()['settings:saveConnection']({ environment: 'local-emulator', baseUrl: circleA.baseUrl, apiKey: '' }),
      ),
    ).toMatchObject({ code: 'invalid-base-url', message: 'The local emulator chooses its own address and key.' });
  });

  it('asks for a standalone emulator’s URL before its key, and keeps nothing', async () => {
    const refused = await refusalOf(
      handlers()['settings:setApiKey']({ environment: 'standalone-emulator', apiKey: circleA.apiKey }),
    );
    expect(refused).toMatchObject({ code: 'no-base-url', message: 'Enter the standalone emulator’s URL first.' });
    expect((await entryOf('standalone-emulator'))?.key?.stored).toBe(false);
  });

  it('says how many cases a switch would close', async () => {
    await keyTestnetOn(circleA);
    await openCase();
    const refused = await refusalOf(
      handlers()['settings:setEnvironment']({ environment: 'circle-testnet', closeOpenCases: false }),
    );
    expect(refused).toMatchObject({
      code: 'cases-open',
      message: '1 case is open. Switching environment closes it; confirm to continue.',
    });
    expect((await view()).active).toBe('local-emulator');
  });

  it('says the base URL and the key were kept when the agent answers no', async () => {
    await keyTestnetOn(circleA);
    const refused = await refusalOf(
      handlers()['settings:setBaseUrl']({ environment: 'circle-testnet', baseUrl: circleB.baseUrl }),
    );
    expect(refused).toMatchObject({
      code: 'base-url-unchanged',
      message: 'The base URL of Circle testnet was not changed, and its key was kept.',
    });
    const kept = await handlers()['settings:saveConnection']({
      environment: 'circle-testnet',
      baseUrl: circleB.baseUrl,
      apiKey: '',
    });
    expect(kept).toMatchObject({
      saved: false,
      problems: { baseUrl: `Not saved: the key was checked against ${circleA.baseUrl} and is kept.` },
    });
    expect(await entryOf('circle-testnet')).toMatchObject({ baseUrl: circleA.baseUrl, key: { stored: true } });
  });
});

describe('a change to an environment that is not the active one leaves the active one alone', () => {
  it('its base URL, key or connection saved: the local emulator’s open case stays open', async () => {
    const caseId = await openCase();
    await handlers()['settings:setBaseUrl']({ environment: 'standalone-emulator', baseUrl: circleA.baseUrl });
    await expectOpen(caseId);
    await handlers()['settings:setApiKey']({ environment: 'standalone-emulator', apiKey: circleA.apiKey });
    await expectOpen(caseId);
    await keyTestnetOn(circleA);
    await expectOpen(caseId);
    expect((await view()).active).toBe('local-emulator');
  });

  it('the question before its key is forgotten counts no cases of another environment', async () => {
    await keyTestnetOn(circleA);
    await openCase();
    await refusalOf(handlers()['settings:setBaseUrl']({ environment: 'circle-testnet', baseUrl: circleB.baseUrl }));
    await handlers()['settings:saveConnection']({
      environment: 'circle-testnet',
      baseUrl: circleB.baseUrl,
      apiKey: '',
    });
    expect(underTest.confirmations.asked).toHaveLength(2);
    for (const question of underTest.confirmations.asked) expect(question.detail).not.toMatch(/open case/);
  });
});

describe('a change to the active environment', () => {
  const activeTestnetOnA = async () => {
    await keyTestnetOn(circleA);
    await handlers()['settings:setEnvironment']({ environment: 'circle-testnet', closeOpenCases: false });
    return openCase();
  };

  it('counts its open cases in the question', async () => {
    await activeTestnetOnA();
    await refusalOf(handlers()['settings:setBaseUrl']({ environment: 'circle-testnet', baseUrl: circleB.baseUrl }));
    await handlers()['settings:saveConnection']({
      environment: 'circle-testnet',
      baseUrl: circleB.baseUrl,
      apiKey: '',
    });
    expect(underTest.confirmations.asked.map((question) => question.detail)).toEqual([
      expect.stringMatching(/ 1 open case will be closed \(cancelled\)\.$/),
      expect.stringMatching(/ 1 open case will be closed \(cancelled\)\.$/),
    ]);
  });

  it('saving what is already saved asks nothing and rebuilds nothing: the open case stays', async () => {
    const caseId = await activeTestnetOnA();
    const again = await handlers()['settings:saveConnection']({
      environment: 'circle-testnet',
      baseUrl: circleA.baseUrl,
      apiKey: '',
    });
    expect(again).toMatchObject({ saved: true, problems: {} });
    expect(underTest.confirmations.asked).toEqual([]);
    await expectOpen(caseId);
  });

  it('a new connection rebuilds it: the console then works against the new Circle', async () => {
    await activeTestnetOnA();
    const moved = await handlers()['settings:saveConnection']({
      environment: 'circle-testnet',
      baseUrl: circleB.baseUrl,
      apiKey: circleB.apiKey,
    });
    expect(moved).toMatchObject({ saved: true, view: { active: 'circle-testnet', openCases: 0 } });
    expect((await handlers()['environment:status'](undefined)).appId).toBe(circleB.appId);
  });

  it('a key saved for a URL the settings file was moved to rebuilds it on that URL', async () => {
    await activeTestnetOnA();
    underTest.settings.set('environment.baseUrls', { 'circle-testnet': circleB.baseUrl });
    const view = await handlers()['settings:setApiKey']({ environment: 'circle-testnet', apiKey: circleB.apiKey });
    expect(view).toMatchObject({ active: 'circle-testnet', openCases: 0 });
    expect((await handlers()['environment:status'](undefined)).appId).toBe(circleB.appId);
  });
  it('moved elsewhere without a key, it goes back to the local emulator (nothing to send there)', async () => {
    await activeTestnetOnA();
    underTest.confirmations.answers.push(true);
    const moved = await handlers()['settings:saveConnection']({
      environment: 'circle-testnet',
      baseUrl: circleB.baseUrl,
      apiKey: '',
    });
    expect(moved).toMatchObject({ saved: true, view: { active: 'local-emulator' } });
    expect(await entryOf('circle-testnet')).toMatchObject({ baseUrl: circleB.baseUrl, key: { stored: false } });
  });
});

describe('saving a connection that looks unchanged', () => {
  it('a new key on the same URL is still checked live: one Circle does not know is refused, the old key kept', async () => {
    await keyTestnetOn(circleA);
    const unknown = await handlers()['settings:saveConnection']({
      environment: 'circle-testnet',
      baseUrl: circleA.baseUrl,
      apiKey: circleB.apiKey,
    });
    expect(unknown).toMatchObject({ saved: false, problems: { apiKey: expect.stringContaining('156007') } });
    expect((await entryOf('circle-testnet'))?.key).toMatchObject({ stored: true, appId: circleA.appId });
  });

  it('the settings file moved the URL: saving the key’s own URL sets it back, and the key works again', async () => {
    await keyTestnetOn(circleA);
    underTest.settings.set('environment.baseUrls', { 'circle-testnet': circleB.baseUrl });
    const back = await handlers()['settings:saveConnection']({
      environment: 'circle-testnet',
      baseUrl: circleA.baseUrl,
      apiKey: '',
    });
    expect(back.saved).toBe(true);
    expect(underTest.confirmations.asked).toEqual([]);
    expect(await entryOf('circle-testnet')).toMatchObject({ baseUrl: circleA.baseUrl, key: { stored: true } });
  });

  it('the settings file moved the URL: saving that URL without a key asks before the key is forgotten', async () => {
    await keyTestnetOn(circleA);
    underTest.settings.set('environment.baseUrls', { 'circle-testnet': circleB.baseUrl });
    const kept = await handlers()['settings:saveConnection']({
      environment: 'circle-testnet',
      baseUrl: circleB.baseUrl,
      apiKey: '',
    });
    expect(kept).toMatchObject({ saved: false, problems: { baseUrl: expect.stringContaining('is kept') } });
    expect(underTest.confirmations.asked).toHaveLength(1);
    // Set back by hand, the key that was kept works again.
    underTest.settings.set('environment.baseUrls', { 'circle-testnet': circleA.baseUrl });
    expect((await entryOf('circle-testnet'))?.key?.stored).toBe(true);
  });
});

describe('the App ID kept beside each key', () => {
  it('is kept per environment, and forgotten with its key only', async () => {
    await keyTestnetOn(circleA);
    await handlers()['settings:saveConnection']({
      environment: 'standalone-emulator',
      baseUrl: circleB.baseUrl,
      apiKey: circleB.apiKey,
    });
    expect((await entryOf('circle-testnet'))?.key?.appId).toBe(circleA.appId);
    expect((await entryOf('standalone-emulator'))?.key?.appId).toBe(circleB.appId);
    expect(underTest.settings.get('environment.keyAppIds')).toEqual({
      'circle-testnet': circleA.appId,
      'standalone-emulator': circleB.appId,
    });

    await handlers()['settings:forgetKey']({ environment: 'circle-testnet' });
    expect(underTest.settings.get('environment.keyAppIds')).toEqual({ 'standalone-emulator': circleB.appId });
    expect((await entryOf('standalone-emulator'))?.key?.appId).toBe(circleB.appId);
  });

  it('is not shown while the key cannot be used (the settings file moved the URL)', async () => {
    await keyTestnetOn(circleA);
    underTest.settings.set('environment.baseUrls', { 'circle-testnet': circleB.baseUrl });
    expect((await entryOf('circle-testnet'))?.key).toMatchObject({ stored: false, appId: null, storage: null });
  });
});

describe('the base URL saved', () => {
  it('Circle’s own address is not written down: the environment follows PIN Desk’s default', async () => {
    await handlers()['settings:saveConnection']({
      environment: 'circle-testnet',
      baseUrl: circleA.baseUrl,
      apiKey: '',
    });
    expect(underTest.settings.get('environment.baseUrls')).toEqual({ 'circle-testnet': circleA.baseUrl });
    const back = await handlers()['settings:saveConnection']({
      environment: 'circle-testnet',
      baseUrl: 'https://api.circle.com',
      apiKey: '',
    });
    expect(back.saved).toBe(true);
    expect(underTest.settings.get('environment.baseUrls')).toEqual({});
    expect((await entryOf('circle-testnet'))?.baseUrl).toBe('https://api.circle.com');
  });
});

describe('the live check of a key', () => {
  it('goes through main’s own fetch (the app’s session, with its proxy), for a single key and a whole connection', async () => {
    await underTest.stop();
    const asked: string[] = [];
    underTest = await startServicesUnderTest({
      fetch: (input, init) => {
        asked.push(input instanceof Request ? input.url : String(input));
        return fetch(input, init);
      },
    });
    await handlers()['settings:setBaseUrl']({ environment: 'standalone-emulator', baseUrl: circleA.baseUrl });
    await handlers()['settings:setApiKey']({ environment: 'standalone-emulator', apiKey: circleA.apiKey });
    expect(asked).toContain(`${circleA.baseUrl}/v1/w3s/config/entity`);
    await keyTestnetOn(circleB);
    expect(asked).toContain(`${circleB.baseUrl}/v1/w3s/config/entity`);
  });
});
