import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Session } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installSessionPolicy } from '../../../../src/main/session/install-session-policy';
import { appOrigin } from '../../../../src/shared/app-origin';

/** Electron's Session, faked at the edge: records what our code installs on it. */
function fakeSession() {
  const handlers = new Map<string, (request: Request) => Promise<Response>>();
  const fetched: { url: string; bypass: unknown }[] = [];
  let permissionRequest:
    | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void)
    | null = null;
  let permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  const session = {
    protocol: {
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => handlers.set(scheme, handler),
    },
    fetch: async (request: Request, init: { bypassCustomProtocolHandlers?: boolean }) => {
      fetched.push({ url: request.url, bypass: init.bypassCustomProtocolHandlers });
      return new Response('from the network');
    },
    setPermissionRequestHandler: (handler: typeof permissionRequest) => {
      permissionRequest = handler;
    },
    setPermissionCheckHandler: (handler: typeof permissionCheck) => {
      permissionCheck = handler;
    },
  };
  return {
    session: session as unknown as Session,
    handlers,
    fetched,
    requestPermission: (permission: string) =>
      new Promise<boolean>((resolve) => permissionRequest?.({}, permission, resolve)),
    checkPermission: (permission: string) => permissionCheck?.({}, permission, appOrigin, {}),
  };
}

let appRoot: string;
beforeAll(async () => {
  appRoot = await mkdtemp(join(tmpdir(), 'pin-desk-session-'));
  await writeFile(join(appRoot, 'index.html'), '<title>PIN Desk</title>');
});
afterAll(() => rm(appRoot, { recursive: true, force: true }));

describe('installSessionPolicy', () => {
  it('puts one router on both https and http, and sends pass-through requests around it', async () => {
    const fake = fakeSession();
    installSessionPolicy(fake.session, {
      policy: {
        appOrigin,
        hostedUi: () => ({ kind: 'pass-through', alsoAllowedOrigins: [] }),
        devServerOrigin: 'http://localhost:5173',
      },
      appRoot,
    });
    expect([...fake.handlers.keys()].sort()).toEqual(['http', 'https']);
    const https = fake.handlers.get('https');
    const http = fake.handlers.get('http');
    expect(await (await https?.(new Request(`${appOrigin}/index.html`)))?.text()).toContain('PIN Desk');
    expect((await https?.(new Request('https://example.com/')))?.type).toBe('error');
    expect((await http?.(new Request('http://example.com/')))?.type).toBe('error');
    await https?.(new Request('https://pw-auth.circle.com/?origin=x'));
    await http?.(new Request('http://localhost:5173/src/main.tsx'));
    expect(fake.fetched).toEqual([
      { url: 'https://pw-auth.circle.com/?origin=x', bypass: true },
      { url: 'http://localhost:5173/src/main.tsx', bypass: true },
    ]);
  });

  it('denies every permission request and check', async () => {
    const fake = fakeSession();
    installSessionPolicy(fake.session, { policy: { appOrigin, hostedUi: () => ({ kind: 'refuse' }) }, appRoot });
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
