import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, testScryptCost } from '../../../../src/emulator';
import { installSessionPolicy } from '../../../../src/main/session/install-session-policy';
import { NetworkDiagnosticsRecorder } from '../../../../src/main/session/network-diagnostics-recorder';
import { appOrigin } from '../../../../src/shared/app-origin';
import { startServicesUnderTest } from '../../../support/main-services-under-test';
import { fakeElectronSession } from './fake-electron-session';

let appRoot: string;
let emulator: Emulator;
beforeAll(async () => {
  appRoot = await mkdtemp(join(tmpdir(), 'pin-desk-session-'));
  await writeFile(join(appRoot, 'index.html'), '<title>PIN Desk</title>');
  emulator = await createEmulator({ secretHashCost: testScryptCost });
});
afterAll(async () => {
  await emulator.close();
  await rm(appRoot, { recursive: true, force: true });
});

function install(devServerOrigin?: string) {
  const fake = fakeElectronSession();
  const diagnostics = new NetworkDiagnosticsRecorder();
  const log: string[] = [];
  const policy = installSessionPolicy(fake.session, {
    appOrigin,
    appRoot,
    diagnostics,
    fetchOutside: fake.fetchOutside,
    log: (line) => log.push(line),
    ...(devServerOrigin ? { devServerOrigin } : {}),
  });
  return { fake, diagnostics, policy, log };
}

const appFrame = { url: `${appOrigin}/index.html`, origin: appOrigin, parent: null };
const circleFrame = {
  url: 'https://pw-auth.circle.com/?origin=x',
  origin: 'https://pw-auth.circle.com',
  parent: appFrame,
};

describe('installSessionPolicy', () => {
  it('answers the app origin with its one http handler and refuses every other plain-http URL', async () => {
    const { fake, diagnostics } = install();
    expect(fake.schemes()).toEqual(['http']);
    expect(await (await fake.request(`${appOrigin}/index.html`)).text()).toContain('PIN Desk');
    expect((await fake.request('http://example.com/')).type).toBe('error');
    expect((await fake.request(`${emulator.baseUrl}/ping`)).type).toBe('error');
    expect(fake.fetched).toEqual([]);
    expect(diagnostics.view().refused.map((entry) => entry.url)).toEqual([
      'http://example.com/',
      `${emulator.baseUrl}/ping`,
    ]);
  });

  it('passes the dev server through only when one is configured', async () => {
    const { fake } = install(emulator.baseUrl);
    expect((await fake.request(`${emulator.baseUrl}/ping`)).status).toBe(200);
    expect(fake.fetched).toEqual([{ url: `${emulator.baseUrl}/ping`, bypass: false }]);
  });

  it('on an emulator environment forwards the hosted PIN UI over https, and on Circle registers no https handler', async () => {
    const { fake, policy } = install();
    policy.applyHostedUi({ kind: 'forward', baseUrl: `${emulator.baseUrl}/pw-auth/` });
    expect(fake.schemes()).toEqual(['http', 'https']);
    const page = await fake.request(`https://pw-auth.circle.com/?origin=${encodeURIComponent(appOrigin)}`);
    expect(await page.text()).toContain('Circle emulator');
    expect(fake.fetched).toEqual([
      { url: `${emulator.baseUrl}/pw-auth/?origin=${encodeURIComponent(appOrigin)}`, bypass: false },
    ]);
    expect((await fake.request('https://api.circle.com/v1/w3s/users')).type).toBe('error');
    policy.applyHostedUi({ kind: 'circle' });
    expect(fake.schemes()).toEqual(['http']);
  });

  it('its webRequest policy allows a frame request from pw-auth.circle.com to any https host and records the host', async () => {
    const { fake, diagnostics } = install();
    expect(fake.webRequestFilter()).toEqual({ urls: ['<all_urls>'] });
    expect(await fake.beforeRequest('https://fonts.example.net/inter.woff2', circleFrame)).toEqual({});
    expect(await fake.beforeRequest('https://api.circle.com/v1/w3s/x', circleFrame)).toEqual({});
    expect(diagnostics.view().circleFrameHosts).toEqual([
      { host: 'fonts.example.net', requests: 1 },
      { host: 'api.circle.com', requests: 1 },
    ]);
  });

  it('its webRequest policy cancels a request from the app frame to a host outside the allowlist, and records it', async () => {
    const { fake, diagnostics, log } = install();
    expect(await fake.beforeRequest(`${appOrigin}/assets/index.js`, appFrame)).toEqual({});
    expect(await fake.beforeRequest('https://pw-auth.circle.com/?origin=x', appFrame)).toEqual({});
    expect(await fake.beforeRequest('https://api.circle.com/v1/w3s/users?token=secret', appFrame)).toEqual({
      cancel: true,
    });
    expect(await fake.beforeRequest('https://example.com/', null)).toEqual({ cancel: true });
    expect(diagnostics.view().refused).toEqual([
      expect.objectContaining({
        url: 'https://api.circle.com/v1/w3s/users',
        reason: expect.stringContaining('own origin'),
      }),
      expect.objectContaining({ url: 'https://example.com/', reason: expect.stringContaining('no frame') }),
    ]);
    // Main's log names the origin only: a query can carry a token.
    expect(log).toEqual([
      expect.stringMatching(/^network policy: refused https:\/\/api\.circle\.com \(/),
      expect.stringMatching(/^network policy: refused https:\/\/example\.com \(/),
    ]);
  });

  // Electron documents that net.fetch and ses.fetch trigger the session's webRequest handlers (docs/api/net.md,
  // session.md): on the window's session, main's own requests (no frame) would be cancelled like any other.
  it('cancels a request no frame made on the window’s session, so main’s own calls go through a session of their own', async () => {
    const { fake } = install();
    const windows = fake.session as unknown as { fetch(url: string): Promise<Response> };
    await expect(windows.fetch(`${emulator.baseUrl}/ping`)).rejects.toThrow('net::ERR_BLOCKED_BY_CLIENT');
    const own = await fake.mainCalls.fetch(`${emulator.baseUrl}/ping`);
    expect(own.status).toBe(200);
  });

  it('a forwarded hosted-UI POST reaches the emulator through main’s own session, its Origin header dropped', async () => {
    const { fake, policy, diagnostics } = install();
    policy.applyHostedUi({ kind: 'forward', baseUrl: `${emulator.baseUrl}/pw-auth/` });
    const circlePage = {
      url: 'https://pw-auth.circle.com/?origin=x',
      origin: 'https://pw-auth.circle.com',
      parent: appFrame,
    };
    const answer = await fake.request(
      'https://pw-auth.circle.com/api/open',
      {
        method: 'POST',
        headers: { origin: 'https://pw-auth.circle.com', 'content-type': 'application/json' },
        body: JSON.stringify({ appId: 'x', userToken: 'x', encryptionKey: 'x', challengeId: 'x' }),
      },
      circlePage,
    );
    // The emulator answers (a Circle error for this made-up session), instead of Electron failing the request.
    expect(answer.type).not.toBe('error');
    expect(fake.fetched.at(-1)?.url).toBe(`${emulator.baseUrl}/pw-auth/api/open`);
    expect(diagnostics.view().refused).toEqual([]);
  });

  it('denies every permission request and check', async () => {
    const { fake } = install();
    for (const permission of [
      'clipboard-read',
      'clipboard-sanitized-write',
      'media',
      'notifications',
      'openExternal',
    ]) {
      expect(await fake.requestPermission(permission), permission).toBe(false);
      expect(fake.checkPermission(permission), permission).toBe(false);
    }
  });
});

describe('the session follows the active environment (main services, Electron session faked)', () => {
  it('a Circle environment leaves only the app origin’s http handler; an emulator environment adds the hosted-UI handler', async () => {
    const underTest = await startServicesUnderTest();
    try {
      const { services } = underTest;
      const fake = fakeElectronSession();
      const policy = installSessionPolicy(fake.session, {
        appOrigin,
        appRoot,
        diagnostics: services.networkDiagnostics,
        fetchOutside: fake.fetchOutside,
      });
      await services.watchHostedUi((target) => policy.applyHostedUi(target));
      // The local emulator is active at start: its hosted UI answers pw-auth.circle.com.
      expect(fake.schemes()).toEqual(['http', 'https']);
      const handlers = services.handlers;
      // Circle testnet, its base URL pointed at an emulator (main's calls only; the session is what is checked).
      await handlers['settings:setBaseUrl']({ environment: 'circle-testnet', baseUrl: emulator.baseUrl });
      await handlers['settings:setApiKey']({ environment: 'circle-testnet', apiKey: emulator.apiKey });
      await handlers['settings:setEnvironment']({ environment: 'circle-testnet', closeOpenCases: false });
      expect(fake.schemes()).toEqual(['http']);
      await handlers['settings:setEnvironment']({ environment: 'local-emulator', closeOpenCases: false });
      expect(fake.schemes()).toEqual(['http', 'https']);
      const page = await fake.request('https://pw-auth.circle.com/');
      expect(fake.fetched.at(-1)?.url).toBe(`${services.embedded.emulator.baseUrl}/pw-auth/`);
      expect(page.status).toBe(200);
      await handlers['settings:setEnvironment']({ environment: 'circle-testnet', closeOpenCases: false });
      expect(fake.schemes()).toEqual(['http']);
    } finally {
      await underTest.stop();
    }
  });
});
