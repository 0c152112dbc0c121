import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../../src/main/session/content-security-policy';
import type { HostedUiTarget } from '../../../../src/main/session/network-policy';
import { createRequestRouter } from '../../../../src/main/session/request-router';
import { appOrigin } from '../../../../src/shared/app-origin';

let workDir: string;
let appRoot: string;
let upstream: Server;
let upstreamUrl: string;
const upstreamSeen: { method?: string; url?: string; body?: string }[] = [];

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'pin-desk-router-'));
  appRoot = join(workDir, 'renderer');
  await mkdir(join(appRoot, 'assets'), { recursive: true });
  await writeFile(join(appRoot, 'index.html'), '<!doctype html><title>PIN Desk</title>');
  await writeFile(join(appRoot, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(appRoot, 'assets', 'notes.unknownext'), 'x');
  await writeFile(join(workDir, 'secret.txt'), 'outside the app root');
  await writeFile(join(workDir, 'renderer-evil.html'), 'sibling folder with a shared prefix');
  upstream = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      upstreamSeen.push({ method: request.method, url: request.url, body });
      response.writeHead(200, { 'content-type': 'text/plain' }).end(`hosted ui ${request.url}`);
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => upstream.close(resolve));
  await rm(workDir, { recursive: true, force: true });
});

function router(hostedUi: HostedUiTarget = { kind: 'refuse' }) {
  const refused: string[] = [];
  const route = createRequestRouter({
    policy: { appOrigin, hostedUi: () => hostedUi },
    appRoot,
    fetchDirect: (request) => fetch(request),
    onRefused: (url) => refused.push(url),
  });
  return { route, refused };
}

describe('the request router', () => {
  it('serves bundled files with their type and the CSP', async () => {
    const response = await router().route(new Request(`${appOrigin}/index.html`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>PIN Desk</title>');
    const script = await router().route(new Request(`${appOrigin}/assets/app.js`));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('serves index.html for the bare origin', async () => {
    expect(await (await router().route(new Request(`${appOrigin}/`))).text()).toContain('PIN Desk');
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
    const response = await router().route(new Request(`${appOrigin}${path}`));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/outside the app root|shared prefix/);
  });

  it('answers 404 to writes on the app origin', async () => {
    expect((await router().route(new Request(`${appOrigin}/index.html`, { method: 'POST', body: 'x' }))).status).toBe(
      404,
    );
  });

  it.each(['https://example.com/', 'https://api.circle.com/v1/w3s/users', 'http://127.0.0.1:1/'])(
    'refuses %s as a network error',
    async (url) => {
      const { route, refused } = router();
      const response = await route(new Request(url));
      expect(response.type).toBe('error');
      expect(refused).toEqual([url]);
    },
  );

  it('forwards the hosted PIN UI, method and body included, to the configured target', async () => {
    const { route } = router({ kind: 'forward', baseUrl: `${upstreamUrl}/pw-auth/` });
    const page = await route(new Request('https://pw-auth.circle.com/?origin=https%3A%2F%2Fapp.pin-desk.invalid'));
    expect(await page.text()).toBe('hosted ui /pw-auth/?origin=https%3A%2F%2Fapp.pin-desk.invalid');
    const post = await route(new Request('https://pw-auth.circle.com/api/answer', { method: 'POST', body: '{"a":1}' }));
    expect(post.status).toBe(200);
    expect(upstreamSeen.at(-1)).toEqual({ method: 'POST', url: '/pw-auth/api/answer', body: '{"a":1}' });
  });

  it('refuses the hosted PIN UI when no target is configured', async () => {
    expect((await router().route(new Request('https://pw-auth.circle.com/'))).type).toBe('error');
  });
});
