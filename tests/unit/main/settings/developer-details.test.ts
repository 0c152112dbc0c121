import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isEmulatorControlPageLink } from '../../../../src/main/window/external-links';
import { type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';

let underTest: ServicesUnderTest;
beforeEach(async () => {
  underTest = await startServicesUnderTest();
});
afterEach(() => underTest.stop());

const handlers = () => underTest.services.handlers;
const emulator = () => underTest.services.embedded.emulator;

describe('"Show developer details"', () => {
  it('is off by default on every environment, the emulators included, and is remembered per environment', async () => {
    const view = await handlers()['settings:get']({});
    expect(Object.fromEntries(view.environments.map((entry) => [entry.id, entry.developerDetails]))).toEqual({
      'local-emulator': false,
      'standalone-emulator': false,
      'circle-testnet': false,
      'circle-mainnet': false,
    });
    expect((await handlers()['environment:status']({})).developerDetails).toBe(false);

    const changed = await handlers()['settings:setDeveloperDetails']({ environment: 'local-emulator', show: true });
    expect(changed.environments.find((entry) => entry.id === 'local-emulator')?.developerDetails).toBe(true);
    expect(changed.environments.find((entry) => entry.id === 'standalone-emulator')?.developerDetails).toBe(false);
    expect((await handlers()['environment:status']({})).developerDetails).toBe(true);
    await handlers()['settings:setDeveloperDetails']({ environment: 'local-emulator', show: false });
    expect((await handlers()['environment:status']({})).developerDetails).toBe(false);
    await handlers()['settings:setDeveloperDetails']({ environment: 'circle-testnet', show: true });
    expect(underTest.settings.snapshot().developerDetails).toEqual({
      'local-emulator': false,
      'circle-testnet': true,
    });
  });

  it('ignores a hand-edited value that is not a boolean (the default applies)', async () => {
    underTest.settings.set('developerDetails', { 'local-emulator': 'yes', 'circle-testnet': 1 });
    const view = await handlers()['settings:get']({});
    expect(view.environments.find((entry) => entry.id === 'local-emulator')?.developerDetails).toBe(false);
    expect(view.environments.find((entry) => entry.id === 'circle-testnet')?.developerDetails).toBe(false);
    // An emptied setting (null) is no setting either.
    underTest.settings.set('developerDetails', null);
    const emptied = await handlers()['settings:get']({});
    expect(emptied.environments.every((entry) => entry.developerDetails === false)).toBe(true);
  });
});

describe('the embedded emulator for a developer', () => {
  it('names its address in the status, and reveals its key only when asked', async () => {
    const status = await handlers()['environment:status']({});
    expect(status.emulatorAddress).toBe(emulator().baseUrl);
    expect(JSON.stringify(status)).not.toContain(emulator().apiKey);
    expect(await handlers()['emulator:revealKey']({})).toEqual({
      baseUrl: emulator().baseUrl,
      apiKey: emulator().apiKey,
    });
  });

  it('opens its control page in the system browser, at the URL main chooses', async () => {
    const opened = await handlers()['emulator:openControlPage']({});
    expect(opened.url).toBe(`${emulator().baseUrl}/`);
    expect(underTest.openedExternally).toEqual([`${emulator().baseUrl}/`]);
    const page = await fetch(opened.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
  });

  it('copies an ID through main, never anything else', async () => {
    await handlers()['liveCase:copyId']({ kind: 'userId', value: 'user-knows-pin' });
    expect(underTest.clipboard).toEqual(['user-knows-pin']);
  });
});

describe('control page links', () => {
  it.each([
    ['http://127.0.0.1:8787/', true],
    ['http://localhost:8787/', true],
    ['http://[::1]:8787/', true],
    ['https://127.0.0.1:8787/', false],
    ['http://127.0.0.1/', false],
    ['http://127.0.0.2:8787/', false],
    ['http://10.0.0.5:8787/', false],
    ['http://example.com:8787/', false],
    ['http://127.0.0.1:8787/emulator/reset', false],
    ['http://127.0.0.1:8787/?key=x', false],
    ['http://user:pw@127.0.0.1:8787/', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isEmulatorControlPageLink(url)).toBe(allowed);
  });
});
