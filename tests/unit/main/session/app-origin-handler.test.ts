import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppOriginHandler } from '../../../../src/main/session/app-origin-handler';
import { contentSecurityPolicy } from '../../../../src/main/session/content-security-policy';
import { appOrigin } from '../../../../src/shared/app-origin';

let workDir: string;
let appRoot: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'pin-desk-app-origin-'));
  appRoot = join(workDir, 'renderer');
  await mkdir(join(appRoot, 'assets'), { recursive: true });
  await writeFile(join(appRoot, 'index.html'), '<!doctype html><title>PIN Desk</title>');
  await writeFile(join(appRoot, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(appRoot, 'assets', 'notes.unknownext'), 'x');
  await writeFile(join(workDir, 'secret.txt'), 'outside the app root');
  await writeFile(join(workDir, 'renderer-evil.html'), 'sibling folder with a shared prefix');
});
afterAll(() => rm(workDir, { recursive: true, force: true }));

function handler() {
  const refused: string[] = [];
  const handle = createAppOriginHandler({ appOrigin, appRoot, onRefused: (url) => refused.push(url) });
  return { handle, refused };
}

describe('the app origin’s http handler', () => {
  it('serves bundled files with their type and the CSP', async () => {
    const response = await handler().handle(new Request(`${appOrigin}/index.html`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>PIN Desk</title>');
    const script = await handler().handle(new Request(`${appOrigin}/assets/app.js`));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('serves index.html for the bare origin', async () => {
    expect(await (await handler().handle(new Request(`${appOrigin}/`))).text()).toContain('PIN Desk');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e%5c%2e%2e%5csecret.txt',
    '/..%5csecret.txt',
    '/%252e%252e/secret.txt',
    '/../renderer-evil.html',
    '/assets/app.js%00.html',
    '/%E0%A4%A',
    '/assets',
    '/assets/notes.unknownext',
    '/missing.js',
  ])('answers 404 for %s without reading outside the app root', async (path) => {
    const response = await handler().handle(new Request(`${appOrigin}${path}`));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/outside the app root|shared prefix/);
  });

  it('answers 404 to writes on the app origin', async () => {
    const post = new Request(`${appOrigin}/index.html`, { method: 'POST', body: 'x' });
    expect((await handler().handle(post)).status).toBe(404);
  });

  it.each([
    'http://example.com/',
    'http://127.0.0.1:47291/index.html',
    'http://localhost:47292/index.html',
    'http://localhost/index.html',
    'http://localhost:5173/src/main.tsx',
  ])('refuses %s as a network error', async (url) => {
    const { handle, refused } = handler();
    expect((await handle(new Request(url))).type).toBe('error');
    expect(refused).toEqual([url]);
  });

  it('passes a configured dev server through, unchanged', async () => {
    const passed: string[] = [];
    const handle = createAppOriginHandler({
      appOrigin,
      appRoot,
      devServer: {
        origin: 'http://localhost:5173',
        fetchDirect: async (request) => {
          passed.push(request.url);
          return new Response('from vite');
        },
      },
    });
    expect(await (await handle(new Request('http://localhost:5173/src/main.tsx'))).text()).toBe('from vite');
    expect(passed).toEqual(['http://localhost:5173/src/main.tsx']);
    // Only the dev server's own origin; anything else is refused (with no onRefused to tell), never passed.
    expect((await handle(new Request('http://example.com/'))).type).toBe('error');
    expect(passed).toEqual(['http://localhost:5173/src/main.tsx']);
  });
});
