// Settings' connection form through main's handler: base URL and key checked together, each problem beside its
// field, nothing stored unless both pass; an empty key keeps the saved one.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, testScryptCost } from '../../../../src/emulator';
import type { MainServices } from '../../../../src/main/main-services';
import { type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';

let circle: Emulator;
let underTest: ServicesUnderTest;
let services: MainServices;

beforeAll(async () => {
  circle = await createEmulator({ secretHashCost: testScryptCost });
});
afterAll(() => circle.close());
beforeEach(async () => {
  underTest = await startServicesUnderTest();
  services = underTest.services;
});
afterEach(() => underTest.stop());

const save = (
  baseUrl: string,
  apiKey: string,
  environment: 'circle-testnet' | 'standalone-emulator' = 'circle-testnet',
) => services.handlers['settings:saveConnection']({ environment, baseUrl, apiKey });
const testnetOf = async () =>
  (await services.handlers['settings:get'](undefined)).environments.find((entry) => entry.id === 'circle-testnet');

describe('saving base URL and API key together', () => {
  it('says what is wrong with each field at once, and stores nothing', async () => {
    const answer = await save('ftp://example.com', 'not-a-key');
    expect(answer.saved).toBe(false);
    expect(answer.problems.baseUrl).toMatch(/starts with https:\/\//);
    expect(answer.problems.apiKey).toMatch(/three parts/);
    expect((await testnetOf())?.baseUrl).toBe('https://api.circle.com');
    expect((await testnetOf())?.key?.stored).toBe(false);
  });

  it('puts a key the URL does not know beside the key, and an address that does not answer beside the URL', async () => {
    const unknown = await save(circle.baseUrl, 'TEST_API_KEY:0123456789abcdef0123456789abcdef:0123456789abcdef');
    expect(unknown).toMatchObject({ saved: false, problems: { apiKey: expect.stringContaining('156007') } });
    expect(unknown.problems.baseUrl).toBeUndefined();
    const unreachable = await save('http://127.0.0.1:9', circle.apiKey);
    expect(unreachable).toMatchObject({
      saved: false,
      problems: { baseUrl: expect.stringContaining('could not reach') },
    });
    expect(unreachable.problems.apiKey).toBeUndefined();
    // Neither attempt saved the URL it named.
    expect((await testnetOf())?.baseUrl).toBe('https://api.circle.com');
    for (const answer of [unknown, unreachable]) {
      expect(JSON.stringify(answer)).not.toContain(circle.apiKey.split(':')[2]);
    }
  });

  it('saves both when both pass, without switching environment; the view says which key format it takes', async () => {
    const answer = await save(`${circle.baseUrl}/`, `  ${circle.apiKey} `);
    expect(answer).toMatchObject({ saved: true, problems: {} });
    const testnet = answer.view.environments.find((entry) => entry.id === 'circle-testnet');
    expect(testnet).toMatchObject({ baseUrl: circle.baseUrl, keyPrefix: 'TEST_API_KEY' });
    expect(testnet?.key).toMatchObject({ stored: true, appId: circle.appId });
    expect(answer.view.active).toBe('local-emulator');
    expect(answer.view.environments.find((entry) => entry.id === 'circle-mainnet')?.keyPrefix).toBe('LIVE_API_KEY');
    expect(answer.view.environments.find((entry) => entry.id === 'local-emulator')?.keyPrefix).toBeNull();
  });

  it('keeps the saved key when the key field is empty; moving it elsewhere asks first', async () => {
    await save(circle.baseUrl, circle.apiKey);
    const kept = await save('https://gateway.example/circle', '');
    expect(kept).toMatchObject({ saved: false, problems: { baseUrl: expect.stringContaining('is kept') } });
    expect(underTest.confirmations.asked).toHaveLength(1);
    expect((await testnetOf())?.key?.stored).toBe(true);
    underTest.confirmations.answers.push(true);
    const moved = await save('https://gateway.example/circle', '');
    expect(moved.saved).toBe(true);
    expect((await testnetOf())?.baseUrl).toBe('https://gateway.example/circle');
    expect((await testnetOf())?.key?.stored).toBe(false);
  });

  it('takes an empty base URL as Circle’s own, and asks a standalone emulator for its address', async () => {
    expect((await save('', '')).saved).toBe(true);
    expect((await testnetOf())?.baseUrl).toBe('https://api.circle.com');
    const standalone = await save('  ', circle.apiKey, 'standalone-emulator');
    expect(standalone).toMatchObject({
      saved: false,
      problems: { baseUrl: expect.stringContaining('npm run emulator') },
    });
    const saved = await save(circle.baseUrl, circle.apiKey, 'standalone-emulator');
    expect(saved.saved).toBe(true);
  });

  it('refuses the local emulator, which has its own address and key', async () => {
    await expect(
      services.handlers['settings:saveConnection']({ environment: 'local-emulator', baseUrl: '', apiKey: '' }),
    ).rejects.toMatchObject({ code: 'invalid-base-url' });
  });
});
