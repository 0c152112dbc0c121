// The API key goes only to the Circle it was checked against. The probe from issue 14: save a key on URL A, set URL
// B, switch environments — a server listening on B must never see an Authorization header (or anything at all).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, testScryptCost } from '../../../../src/emulator';
import { memorySettings } from '../../../../src/main/settings/settings-port';
import { readySafeStorage } from '../../../support/electron-stand-in/ready-safe-storage';
import { refusalOf, type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';

let circleA: Emulator;
let hostB: Server;
let baseUrlB: string;
/** Every request host B received, with its Authorization header if it had one. */
const receivedByB: { url: string; authorization: string | undefined }[] = [];

beforeAll(async () => {
  circleA = await createEmulator({ secretHashCost: testScryptCost });
  hostB = createServer((request, response) => {
    receivedByB.push({ url: request.url ?? '', authorization: request.headers.authorization });
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"appId":"stolen"}}');
  });
  await new Promise<void>((resolve) => hostB.listen(0, '127.0.0.1', resolve));
  baseUrlB = `http://127.0.0.1:${(hostB.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await circleA.close();
  await new Promise((resolve) => hostB.close(resolve));
});

let underTest: ServicesUnderTest;
afterEach(async () => {
  await underTest?.stop();
  receivedByB.length = 0;
});

/**
 * The stand-in's safeStorage on this process's platform (main's KeyVault takes that platform), Linux's with GNOME's
 * keyring. A new one per run, over the same keyring: "safeStorage persists encryption key across app relaunch"
 * (spec/api-safe-storage-spec.ts), so a restart over the same settings reads the key back.
 */
const safeStorageOfOneRun = () => readySafeStorage({ linuxBackend: 'gnome_libsecret' });

async function keyOnA(overrides: Parameters<typeof startServicesUnderTest>[0] = {}) {
  underTest = await startServicesUnderTest(overrides);
  const handlers = underTest.services.handlers;
  await handlers['settings:setBaseUrl']({ environment: 'circle-testnet', baseUrl: circleA.baseUrl });
  await handlers['settings:setApiKey']({ environment: 'circle-testnet', apiKey: circleA.apiKey });
  await handlers['settings:setEnvironment']({ environment: 'circle-testnet', closeOpenCases: false });
  return handlers;
}

const testnetOf = (view: { environments: { id: string; baseUrl: string | null; key: unknown }[] }) =>
  view.environments.find((entry) => entry.id === 'circle-testnet');

describe('a key is only ever sent to the base URL it was checked against', () => {
  it('the probe: on "yes" the new URL is kept and the key forgotten; B never sees the key', async () => {
    const handlers = await keyOnA();
    underTest.confirmations.answers.push(true);
    const view = await handlers['settings:setBaseUrl']({ environment: 'circle-testnet', baseUrl: baseUrlB });

    expect(underTest.confirmations.asked).toHaveLength(1);
    expect(underTest.confirmations.asked[0]?.message).toContain(new URL(baseUrlB).host);
    expect(underTest.confirmations.asked[0]?.detail).toContain(circleA.baseUrl);
    expect(testnetOf(view)).toMatchObject({ baseUrl: baseUrlB, key: { stored: false, hint: null, appId: null } });
    expect(view.active).toBe('local-emulator');
    const switched = await refusalOf(
      handlers['settings:setEnvironment']({ environment: 'circle-testnet', closeOpenCases: false }),
    );
    expect(switched.code).toBe('no-api-key');
    expect(receivedByB).toEqual([]);
  });

  it('on "no" nothing changes: the URL stays A, the key stays, and B sees nothing', async () => {
    const handlers = await keyOnA();
    const refused = await refusalOf(
      handlers['settings:setBaseUrl']({ environment: 'circle-testnet', baseUrl: baseUrlB }),
    );
    expect(refused.code).toBe('base-url-unchanged');
    expect(underTest.confirmations.asked).toHaveLength(1);
    const view = await handlers['settings:get'](undefined);
    expect(view.active).toBe('circle-testnet');
    expect(testnetOf(view)).toMatchObject({ baseUrl: circleA.baseUrl, key: { stored: true } });
    // Switching away and back still reaches A with the key, and only A.
    await handlers['settings:setEnvironment']({ environment: 'local-emulator', closeOpenCases: false });
    await handlers['settings:setEnvironment']({ environment: 'circle-testnet', closeOpenCases: false });
    expect((await handlers['environment:status'](undefined)).appId).toBe(circleA.appId);
    expect(receivedByB).toEqual([]);
  });

  it('asks nothing when the URL goes back to the one the key was checked against', async () => {
    const handlers = await keyOnA();
    await handlers['settings:setBaseUrl']({ environment: 'circle-testnet', baseUrl: `${circleA.baseUrl}/` });
    expect(underTest.confirmations.asked).toEqual([]);
    expect((await handlers['settings:get'](undefined)).active).toBe('circle-testnet');
  });

  it('an edited settings file moves the URL, never the key: "no key" with a notice, and B sees nothing', async () => {
    const handlers = await keyOnA();
    // Another local process rewrites the plain-text settings: Circle testnet now points at B.
    underTest.settings.set('environment.baseUrls', { 'circle-testnet': baseUrlB });

    const view = await handlers['settings:get'](undefined);
    expect(testnetOf(view)).toMatchObject({
      baseUrl: baseUrlB,
      key: { stored: false, storageReason: expect.stringContaining(`checked against ${circleA.baseUrl}`) },
    });
    await handlers['settings:setEnvironment']({ environment: 'local-emulator', closeOpenCases: false });
    const refused = await refusalOf(
      handlers['settings:setEnvironment']({ environment: 'circle-testnet', closeOpenCases: false }),
    );
    expect(refused).toMatchObject({ code: 'no-api-key', message: expect.stringContaining('will not send the key') });
    expect(receivedByB).toEqual([]);
  });

  it('a restart over an edited file opens the local emulator instead, saying why; B sees nothing', async () => {
    const settings = memorySettings();
    await keyOnA({ settings, safeStorage: safeStorageOfOneRun() });
    expect(JSON.stringify(settings.snapshot())).not.toContain(circleA.apiKey.split(':')[2]);
    await underTest.stop();

    settings.set('environment.baseUrls', { 'circle-testnet': baseUrlB });
    underTest = await startServicesUnderTest({ settings, safeStorage: safeStorageOfOneRun() });
    const status = await underTest.services.handlers['environment:status'](undefined);
    expect(status.environment.id).toBe('local-emulator');
    expect(status.notice).toContain(`checked against ${circleA.baseUrl}`);
    expect(receivedByB).toEqual([]);

    // Set back, the sealed key works again: the file could move the URL, not unseal or rebind the key.
    settings.set('environment.baseUrls', { 'circle-testnet': circleA.baseUrl });
    await underTest.services.handlers['settings:setEnvironment']({
      environment: 'circle-testnet',
      closeOpenCases: false,
    });
    expect((await underTest.services.handlers['environment:status'](undefined)).appId).toBe(circleA.appId);
  });
});

describe('where main keeps a key', () => {
  // safeStorage's getSelectedStorageBackend is Linux's alone (docs/api/safe-storage.md): main's vault must ask it only
  // on the platform main runs on, which main is started with, not the platform of whatever process runs the services.
  it('on macOS, seals it with the Keychain (no Linux backend is asked for)', async () => {
    const macSafeStorage = readySafeStorage({ platform: 'darwin', keychainAvailable: true });
    const handlers = await keyOnA({ platform: 'darwin', safeStorage: macSafeStorage });
    const view = await handlers['settings:get'](undefined);
    expect(testnetOf(view)).toMatchObject({ key: { stored: true, storage: 'encrypted' } });
    expect(JSON.stringify(underTest.settings.snapshot())).not.toContain(circleA.apiKey.split(':')[2]);
  });
});
