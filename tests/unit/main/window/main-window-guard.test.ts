// The agent's window's guard (guardWebContents, as createMainWindow installs it) on the stand-in for Electron's
// webContents, whose navigations emit will-frame-navigate, will-navigate and will-redirect as
// shell/browser/electron_navigation_throttle.cc does (tests/unit/electron-stand-in/navigation-events.test.ts), whose
// `<webview>` attaches as lib/browser/guest-view-manager.ts does (ported-webview-spec.test.ts), and whose
// window.open asks the handler setWindowOpenHandler set (lib/browser/api/web-contents.ts `_callWindowOpenHandler`).
import { once } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { RefusedNavigation } from '../../../../src/main/window/frame-navigation-guard';
import { forwardToStandIn } from '../../../support/electron-stand-in/current-stand-in';
import { type StandInElectron, standInElectron } from '../../../support/electron-stand-in/electron';

const current = { electron: null as unknown as StandInElectron };
vi.mock(
  'electron',
  async () => (await import('../../../support/electron-stand-in/current-stand-in')).electronOfCurrentStandIn,
);

const { createMainWindow, guardWebContents } = await import('../../../../src/main/window/main-window');

/** The console's page loaded in main's window; Circle's hosted page (a handler here) redirects within and away. */
async function open() {
  current.electron = forwardToStandIn(standInElectron({ platform: 'linux' }));
  await current.electron.app.whenReady();
  const { protocol } = current.electron.session.defaultSession;
  protocol.handle('http', (request) => {
    if (new URL(request.url).pathname === '/moved')
      return Response.redirect('http://localhost:47291/elsewhere.html', 302);
    return new Response('<p>PIN Desk</p>');
  });
  protocol.handle('https', (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === '/moved-within') return Response.redirect('https://pw-auth.circle.com/pin', 302);
    if (pathname === '/moved-away') return Response.redirect('https://evil.example/landing', 302);
    return new Response(`<p>${request.url}</p>`);
  });
  const refused: RefusedNavigation[] = [];
  const window = createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    bounds: { width: 1200, height: 820 },
    maximized: false,
    url: 'http://localhost:47291/index.html',
    devTools: false,
    onBoundsChanged: () => {},
    onNavigationRefused: (navigation) => refused.push(navigation),
  }) as unknown as InstanceType<StandInElectron['BrowserWindow']>;
  await once(window.webContents, 'did-stop-loading');
  return { window, contents: window.webContents, refused };
}

/** The console's page adds Circle's iframe, which loads Circle's hosted page. */
async function withCirclesFrame() {
  const opened = await open();
  const { contents } = opened;
  const loaded = await contents.navigateFrame(
    contents.mainFrame.addChild(),
    'https://pw-auth.circle.com/?origin=http://localhost:47291',
    contents.mainFrame,
  );
  if (loaded.kind !== 'committed') throw new Error(`Circle’s page did not load: ${loaded.kind}`);
  return { ...opened, circleFrame: loaded.frame };
}

describe('the main window’s guard', () => {
  it('keeps the console’s page where it is: no navigation, no redirect, and no webview', async () => {
    const { window, contents, refused } = await open();
    // The page navigates itself (will-frame-navigate, then will-navigate).
    expect((await contents.navigateFrame(contents.mainFrame, 'https://example.com/')).kind).toBe('prevented');
    // A load main starts is browser-initiated (no will-navigate): a server redirect of it is stopped at will-redirect.
    await expect(window.loadURL('http://localhost:47291/moved')).rejects.toThrow(/ERR_FAILED/);
    expect(contents.mainFrame.url).toBe('http://localhost:47291/index.html');
    // The app's own refusals go to the diagnostics only: Circle's window has nothing to do with them.
    expect(refused.map(({ kind, url, circleWindow }) => ({ kind, url, circleWindow }))).toEqual([
      { kind: 'navigate', url: 'https://example.com/', circleWindow: false },
      { kind: 'redirect', url: 'http://localhost:47291/elsewhere.html', circleWindow: false },
    ]);
    // will-navigate is a second lock on the main frame: with the first (will-frame-navigate) taken away, it alone
    // keeps the page, and says nothing to the diagnostics.
    contents.removeAllListeners('will-frame-navigate');
    const willNavigate: boolean[] = [];
    contents.on('will-navigate', (event: { defaultPrevented: boolean }) => willNavigate.push(event.defaultPrevented));
    expect((await contents.navigateFrame(contents.mainFrame, 'https://example.com/')).kind).toBe('prevented');
    expect(willNavigate).toEqual([true]);
    expect(refused).toHaveLength(2);
    // webviewTag: false — the page has no <webview> to attach (webview-tag.md: "disabled" unless enabled).
    expect(contents.addWebview({ src: 'https://example.com/' })).toEqual({ attached: false, reason: 'tag disabled' });
  });

  it('destroys a <webview>’s guest page even where the tag is enabled (will-attach-webview, prevented)', async () => {
    current.electron = forwardToStandIn(standInElectron({ platform: 'linux' }));
    await current.electron.app.whenReady();
    const enabled = new current.electron.BrowserWindow({ show: false, webPreferences: { webviewTag: true } });
    guardWebContents(enabled.webContents as never);
    const attaching: boolean[] = [];
    enabled.webContents.on('will-attach-webview', (event: { defaultPrevented: boolean }) =>
      attaching.push(event.defaultPrevented),
    );
    expect(enabled.webContents.addWebview({ src: 'https://example.com/' })).toEqual({
      attached: false,
      reason: 'prevented',
    });
    expect(attaching).toEqual([true]);
  });

  it('lets Circle’s frame navigate and be redirected within Circle’s hosted page, and reports nothing', async () => {
    const { contents, circleFrame, refused } = await withCirclesFrame();
    const within = await contents.navigateFrame(circleFrame, 'https://pw-auth.circle.com/moved-within');
    expect(within.kind).toBe('committed');
    expect(within.frame.url).toBe('https://pw-auth.circle.com/pin');
    expect(refused).toEqual([]);
  });

  it('refuses Circle’s frame a page that is not Circle’s, by navigation or redirect, and reports it as Circle’s window’s', async () => {
    const { contents, circleFrame, refused } = await withCirclesFrame();
    expect((await contents.navigateFrame(circleFrame, 'https://evil.example/phish?x=1')).kind).toBe('prevented');
    // "Calling event.preventDefault() will prevent the navigation (not just the redirect)": it ends ERR_ABORTED.
    expect((await contents.navigateFrame(circleFrame, 'https://pw-auth.circle.com/moved-away')).kind).toBe('aborted');
    expect(refused).toEqual([
      {
        kind: 'navigate',
        url: 'https://evil.example/phish?x=1',
        destination: 'evil.example',
        reason: 'Circle’s window may navigate only within https://pw-auth.circle.com',
        circleWindow: true,
      },
      {
        kind: 'redirect',
        url: 'https://evil.example/landing',
        destination: 'evil.example',
        reason: 'Circle’s window may be redirected only within https://pw-auth.circle.com',
        circleWindow: true,
      },
    ]);
  });

  it('counts Circle’s frame navigating the console’s page as Circle’s window’s', async () => {
    const { contents, circleFrame, refused } = await withCirclesFrame();
    // A target=_top link in Circle's frame: the main frame navigates, initiated by Circle's frame.
    expect((await contents.navigateFrame(contents.mainFrame, 'https://evil.example/', circleFrame)).kind).toBe(
      'prevented',
    );
    expect(refused).toMatchObject([{ circleWindow: true, destination: 'evil.example' }]);
  });

  it('denies every new window and opens only documentation links in the OS browser', async () => {
    const { contents } = await open();
    // A handler answering anything but { action: 'deny' | 'allow' } blocks the window too, but Electron logs it.
    const handlerErrors = vi.spyOn(console, 'error');
    const opens = (url: string) => contents.openWindow(url).opened;
    expect(opens('https://developers.circle.com/w3s/user-controlled-wallets')).toBe(false);
    expect(opens('https://example.com/phish')).toBe(false);
    expect(opens('https://developers.circle.com.evil.example/')).toBe(false);
    expect(opens('http://developers.circle.com/')).toBe(false);
    expect(opens('https://user@developers.circle.com/')).toBe(false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(current.electron.BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(handlerErrors).not.toHaveBeenCalled();
    handlerErrors.mockRestore();
    expect(current.electron.shell.opened).toEqual(['https://developers.circle.com/w3s/user-controlled-wallets']);
  });
});
