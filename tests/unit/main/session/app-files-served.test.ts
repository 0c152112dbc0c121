// What the app origin's handler answers besides the page itself: each bundled file type with its content type (an
// unknown type is not served), HEAD without a body, the 404's headers, the CSP word for word, and the refusal's reason.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../../src/main/session/app-files';
import { createAppOriginHandler } from '../../../../src/main/session/app-origin-handler';
import { appOrigin } from '../../../../src/shared/app-origin';

const served: [string, string][] = [
  ['page.html', 'text/html; charset=utf-8'],
  ['main.js', 'text/javascript; charset=utf-8'],
  ['chunk.mjs', 'text/javascript; charset=utf-8'],
  ['look.css', 'text/css; charset=utf-8'],
  ['data.json', 'application/json'],
  ['main.js.map', 'application/json'],
  ['mark.svg', 'image/svg+xml'],
  ['mark.png', 'image/png'],
  ['favicon.ico', 'image/x-icon'],
  ['inter.woff2', 'font/woff2'],
  ['licences.txt', 'text/plain; charset=utf-8'],
  ['SHOUTING.PNG', 'image/png'],
];

let appRoot: string;
beforeAll(async () => {
  appRoot = await mkdtemp(join(tmpdir(), 'pin-desk-app-files-'));
  await mkdir(join(appRoot, 'assets'));
  for (const [name] of served) await writeFile(join(appRoot, 'assets', name), `contents of ${name}`);
  await writeFile(join(appRoot, 'assets', 'archive.zip'), 'zip');
  await writeFile(join(appRoot, 'index.html'), '<!doctype html>');
});
afterAll(() => rm(appRoot, { recursive: true, force: true }));

function handler() {
  const refused: { url: string; reason: string }[] = [];
  const handle = createAppOriginHandler({
    appOrigin,
    appRoot,
    onRefused: (url, reason) => refused.push({ url, reason }),
  });
  return { handle, refused };
}

describe('the bundled files the app origin serves', () => {
  it.each(served)('serves %s as %s', async (name, contentType) => {
    const response = await handler().handle(new Request(`${appOrigin}/assets/${name}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(await response.text()).toBe(`contents of ${name}`);
  });

  it('does not serve a file of a type it does not know', async () => {
    expect((await handler().handle(new Request(`${appOrigin}/assets/archive.zip`))).status).toBe(404);
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await handler().handle(new Request(`${appOrigin}/assets/look.css`, { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(response.body).toBeNull();
  });

  it('sends the CSP, nosniff and no-cache with a file and with a 404', async () => {
    const csp =
      "default-src 'self'; script-src 'self'; frame-src https://pw-auth.circle.com; object-src 'none'; base-uri 'none'";
    for (const path of ['/index.html', '/missing.js']) {
      const response = await handler().handle(new Request(`${appOrigin}${path}`));
      expect(response.headers.get('content-security-policy'), path).toBe(csp);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
    }
    const missing = await handler().handle(new Request(`${appOrigin}/missing.js`));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await missing.text()).toBe('Not found');
  });

  it('refuses other plain http, saying why', async () => {
    const { handle, refused } = handler();
    await handle(new Request('http://example.com/x'));
    expect(refused).toEqual([
      { url: 'http://example.com/x', reason: 'plain http is answered for the app origin only' },
    ]);
  });

  it('maps paths inside the root, dropping empty and "." segments; the root itself is index.html', () => {
    expect(resolveAppPath(appRoot, '/')).toBe(join(appRoot, 'index.html'));
    expect(resolveAppPath(appRoot, '//assets/./main.js')).toBe(join(appRoot, 'assets', 'main.js'));
    expect(resolveAppPath(appRoot, '/assets/../index.html')).toBeNull();
  });
});
