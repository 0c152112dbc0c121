// The session policy's smaller promises, each found by mutation testing: what readAppFile answers (not only what the
// handler makes of it), a backslash never served, optional logs, a frame
// torn further up, no Circle host recorded for the app's own requests, and main's bounded memory of redirects.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedirectRefusedError } from '../../../../src/main/circle/circle-redirects';
import { readAppFile } from '../../../../src/main/session/app-files';
import { decideFrameRequest, type FrameLike } from '../../../../src/main/session/frame-request-policy';
import { createHostedUiForwarder } from '../../../../src/main/session/hosted-ui-forwarder';
import { installSessionPolicy } from '../../../../src/main/session/install-session-policy';
import { mainCallsFetch } from '../../../../src/main/session/main-calls-session';
import { NetworkDiagnosticsRecorder } from '../../../../src/main/session/network-diagnostics-recorder';
import { appOrigin } from '../../../../src/shared/app-origin';
import { fakeElectronSession } from './fake-electron-session';

let appRoot: string;
beforeAll(async () => {
  appRoot = await mkdtemp(join(tmpdir(), 'pin-desk-session-edges-'));
  await writeFile(join(appRoot, 'index.html'), '<title>PIN Desk</title>');
  await mkdir(join(appRoot, 'folder.js'));
  // On Linux a backslash is an ordinary file-name character; the app origin still never serves it.
  await writeFile(join(appRoot, 'back\\slash.js'), 'served by mistake');
});
afterAll(() => rm(appRoot, { recursive: true, force: true }));

describe('readAppFile', () => {
  it.each([
    ['a type it does not serve', '/index.htm'],
    ['a missing file', '/missing.js'],
    ['a folder with a served extension', '/folder.js'],
    ['a path with a backslash', '/back%5Cslash.js'],
  ])('answers { found: false } for %s', async (_label, path) => {
    expect(await readAppFile(appRoot, path)).toEqual({ found: false });
  });
});

describe('the hosted-UI forward', () => {
  it('refuses a URL that is not the hosted PIN UI before reaching the emulator, saying why', async () => {
    const reached: string[] = [];
    const refused: string[] = [];
    const handle = createHostedUiForwarder({
      baseUrl: 'http://127.0.0.1:8787/pw-auth/',
      fetchDirect: async (request) => {
        reached.push(request.url);
        return new Response('ok');
      },
      onRefused: (url, reason) => refused.push(`${url}: ${reason}`),
    });
    expect((await handle(new Request('https://example.com/x'))).type).toBe('error');
    expect(refused).toEqual(['https://example.com/x: https://example.com is not the hosted PIN UI']);
    expect(reached).toEqual([]);
  });
});

describe('the frame policy', () => {
  it('treats a frame whose ancestor can no longer be read as no frame', () => {
    const disposed = () => {
      throw new Error('Render frame was disposed before WebFrameMain could be accessed');
    };
    const tornParent = {
      get url(): string {
        return disposed();
      },
      get origin(): string {
        return disposed();
      },
      parent: null,
    };
    const frame: FrameLike = { url: 'https://widget.example/', parent: tornParent };
    expect(decideFrameRequest({ url: 'https://cdn.example/x.js', frame }, [appOrigin])).toEqual({
      allow: false,
      reason: 'no frame is making this request, and it is neither the app nor Circle’s hosted PIN UI',
    });
  });
});

describe('the installed policy', () => {
  function install() {
    const fake = fakeElectronSession();
    const diagnostics = new NetworkDiagnosticsRecorder();
    installSessionPolicy(fake.session, {
      appOrigin,
      appRoot,
      diagnostics,
      fetchOutside: fake.fetchOutside,
    });
    return { fake, diagnostics };
  }

  it('records no Circle host for the app’s own requests', async () => {
    const { fake, diagnostics } = install();
    expect((await fake.request(`${appOrigin}/index.html`)).status).toBe(200);
    expect(diagnostics.view().circleFrameHosts).toEqual([]);
  });

  it('refuses without a log to tell (the log is optional)', async () => {
    const { fake, diagnostics } = install();
    expect((await fake.request('http://example.com/')).type).toBe('error');
    expect(diagnostics.view().refusedTotal).toBe(1);
  });
});

describe("main's own fetch", () => {
  it('remembers the last 64 redirects it heard of and never asked about, forgetting the oldest', async () => {
    let heard: (details: { url: string; statusCode: number; redirectURL: string }) => void = () => {};
    const fetchOnOwnSession = mainCallsFetch({
      fetch: () => Promise.reject(new Error('Redirect was cancelled')),
      webRequest: { onBeforeRedirect: (listener) => (heard = listener) },
    });
    const url = (index: number) => `https://api.circle.com/v1/${index}`;
    for (let index = 0; index <= 64; index += 1)
      heard({ url: url(index), statusCode: 307, redirectURL: 'https://elsewhere.example/x' });
    const statusOf = async (index: number) =>
      ((await fetchOnOwnSession(url(index)).catch((error: unknown) => error)) as RedirectRefusedError).redirectStatus;
    expect(await statusOf(0)).toBeUndefined();
    expect(await statusOf(1)).toBe(307);
    expect(await statusOf(64)).toBe(307);
  });
});
