// The navigation events of docs/api/web-contents.md as shell/browser/electron_navigation_throttle.cc emits them, and
// what webRequest sees of the same navigation (shell/browser/net/proxying_url_loader_factory.cc: onBeforeRedirect
// comes before the redirect reaches the navigation), ported to the stand-in's webContents.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standInElectron } from '../../support/electron-stand-in/electron';

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/moved') {
      response.writeHead(302, { location: '/landed' });
      return response.end();
    }
    response.end(`<p>${request.url}</p>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

async function loadedWindow() {
  const electron = standInElectron({ platform: 'linux' });
  await electron.app.whenReady();
  const window = new electron.BrowserWindow({ show: false });
  await window.loadURL(`${baseUrl}/index.html`);
  const log: string[] = [];
  for (const name of ['will-frame-navigate', 'will-navigate', 'will-redirect', 'did-start-navigation']) {
    window.webContents.on(name, (details: { url: string; isMainFrame: boolean }) =>
      log.push(`${name} ${new URL(details.url).pathname} main=${details.isMainFrame}`),
    );
  }
  electron.session.defaultSession.webRequest.onBeforeRedirect(() => log.push('webRequest redirect'));
  return { ...electron, window, contents: window.webContents, log };
}

describe('web-contents.md navigation events', () => {
  it('will-navigate and will-frame-navigate are not emitted for loadURL ("started programmatically")', async () => {
    const { window, log } = await loadedWindow();
    await window.loadURL(`${baseUrl}/again.html`);
    expect(log).toEqual(['did-start-navigation /again.html main=true']);
  });
  it('the page navigates its main frame: will-frame-navigate, then will-navigate; preventDefault stops it', async () => {
    const { contents, log } = await loadedWindow();
    contents.once('will-navigate', (event: { preventDefault(): void }) => event.preventDefault());
    const outcome = await contents.navigateFrame(contents.mainFrame, `${baseUrl}/elsewhere.html`);
    expect(outcome.kind).toBe('prevented');
    expect(log).toEqual(['will-frame-navigate /elsewhere.html main=true', 'will-navigate /elsewhere.html main=true']);
    expect(new URL(contents.mainFrame.url).pathname).toBe('/index.html');
  });
  it('a subframe navigates: will-frame-navigate (isMainFrame false) and no will-navigate', async () => {
    const { contents, log } = await loadedWindow();
    const iframe = contents.mainFrame.addChild();
    const outcome = await contents.navigateFrame(iframe, `${baseUrl}/frame.html`, contents.mainFrame);
    expect(outcome.kind).toBe('committed');
    expect(log).toEqual(['will-frame-navigate /frame.html main=false', 'did-start-navigation /frame.html main=false']);
  });
  it('will-redirect for a subframe’s redirect too, after webRequest’s onBeforeRedirect; preventDefault cancels (ERR_ABORTED)', async () => {
    const { contents, log } = await loadedWindow();
    const failures: number[] = [];
    contents.on('did-fail-load', (_event: unknown, code: number) => failures.push(code));
    contents.once('will-redirect', (event: { preventDefault(): void }) => event.preventDefault());
    const outcome = await contents.navigateFrame(contents.mainFrame.addChild(), `${baseUrl}/moved`, contents.mainFrame);
    expect(outcome.kind).toBe('aborted');
    expect(log.slice(-2)).toEqual(['webRequest redirect', 'will-redirect /landed main=false']);
    // "Do not emit did-fail-load for canceled requests".
    expect(failures).toEqual([]);
  });
  it('will-redirect is emitted for loadURL’s redirect as well, and the page lands where it was sent', async () => {
    const { window, contents, log } = await loadedWindow();
    await window.loadURL(`${baseUrl}/moved`);
    expect(log).toContain('will-redirect /landed main=true');
    expect(new URL(contents.mainFrame.url).pathname).toBe('/landed');
  });
});

describe('web-request.md onBeforeRequest details for a subframe', () => {
  it('its navigation (subFrame) and its requests carry the subframe, whose parent is the page, and the webContentsId', async () => {
    const { contents, session } = await loadedWindow();
    const seen: { type: string; parent: unknown; frameUrl: string | undefined; webContentsId?: number }[] = [];
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      seen.push({
        type: details.resourceType,
        parent: details.frame?.parent,
        frameUrl: details.frame?.url,
        ...(details.webContentsId !== undefined ? { webContentsId: details.webContentsId } : {}),
      });
      callback({});
    });
    const page = contents.mainFrame;
    const navigated = await contents.navigateFrame(page.addChild(), `${baseUrl}/frame.html`, page);
    if (navigated.kind !== 'committed') throw new Error(`the iframe did not load: ${navigated.kind}`);
    await contents.request(navigated.frame, `${baseUrl}/font.woff2`, 'font');
    expect(seen).toEqual([
      { type: 'subFrame', parent: page, frameUrl: 'about:blank', webContentsId: contents.id },
      { type: 'font', parent: page, frameUrl: `${baseUrl}/frame.html`, webContentsId: contents.id },
    ]);
  });
});

describe('web-contents.md setWindowOpenHandler (lib/browser/api/web-contents.ts _callWindowOpenHandler)', () => {
  it("'deny' blocks the window; 'allow' opens it; anything else blocks it", async () => {
    const { contents } = await loadedWindow();
    contents.setWindowOpenHandler(({ url }) => ({ action: url.includes('allowed') ? 'allow' : 'deny' }));
    expect(contents.openWindow('https://example.com/allowed')).toEqual({ opened: true });
    expect(contents.openWindow('https://example.com/other')).toEqual({ opened: false });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      contents.setWindowOpenHandler(() => null);
      expect(contents.openWindow('https://example.com/')).toEqual({ opened: false });
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });
});
