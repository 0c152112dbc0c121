// The customer window's guard (guardWebContents with `documentationLinks: false`, as electronCustomerWindow installs
// it) on the stand-in for Electron's webContents: its navigations emit will-frame-navigate, will-navigate and
// will-redirect as shell/browser/electron_navigation_throttle.cc does, its `<webview>` attaches as
// lib/browser/guest-view-manager.ts does, and window.open asks setWindowOpenHandler's handler.
import { once } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { CustomerWindowPlacement } from '../../../../src/main/window/customer-display';
import type { RefusedNavigation } from '../../../../src/main/window/frame-navigation-guard';
import { forwardToStandIn } from '../../../support/electron-stand-in/current-stand-in';
import { type StandInElectron, standInElectron } from '../../../support/electron-stand-in/electron';

const current = { electron: null as unknown as StandInElectron };
vi.mock(
  'electron',
  async () => (await import('../../../support/electron-stand-in/current-stand-in')).electronOfCurrentStandIn,
);

const { electronCustomerWindow } = await import('../../../../src/main/window/customer-window');
const { guardWebContents } = await import('../../../../src/main/window/main-window');

const ownDisplay: CustomerWindowPlacement = {
  displayId: 2,
  displayName: 'Display 2, 1920×1080',
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  fullScreen: true,
  fallback: null,
};

/** The customer window shown with its page loaded; Circle's hosted page (a handler here) redirects within and away. */
async function shown() {
  current.electron = forwardToStandIn(standInElectron({ platform: 'linux' }));
  await current.electron.app.whenReady();
  const { protocol } = current.electron.session.defaultSession;
  protocol.handle('http', (request) => {
    if (new URL(request.url).pathname === '/moved') return Response.redirect('https://example.com/', 302);
    return new Response('<p>customer</p>');
  });
  protocol.handle('https', (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === '/moved-within') return Response.redirect('https://pw-auth.circle.com/pin', 302);
    if (pathname === '/moved-away') return Response.redirect('https://evil.example/landing', 302);
    return new Response(`<p>${request.url}</p>`);
  });
  const customer = electronCustomerWindow({
    preloadPath: '/app/out/preload/customer.cjs',
    url: 'http://localhost:47291/customer.html',
    devTools: false,
  });
  const refused: RefusedNavigation[] = [];
  customer.onNavigationRefused((navigation) => refused.push(navigation));
  customer.show(ownDisplay);
  const [window] = current.electron.BrowserWindow.getAllWindows();
  if (!window || customer.webContents() !== (window.webContents as unknown)) throw new Error('no customer window');
  await once(window.webContents, 'did-stop-loading');
  return { window, contents: window.webContents, refused };
}

describe('the customer window’s guard', () => {
  it('navigates nowhere and opens nothing, not even the documentation links the console may open', async () => {
    const { window, contents, refused } = await shown();
    expect((await contents.navigateFrame(contents.mainFrame, 'https://example.com/')).kind).toBe('prevented');
    // A load main starts (browser-initiated): a server redirect of it is stopped at will-redirect.
    await expect(window.loadURL('http://localhost:47291/moved')).rejects.toThrow(/ERR_FAILED/);
    expect(contents.mainFrame.url).toBe('http://localhost:47291/customer.html');
    expect(refused.map(({ kind, url, circleWindow }) => ({ kind, url, circleWindow }))).toEqual([
      { kind: 'navigate', url: 'https://example.com/', circleWindow: false },
      { kind: 'redirect', url: 'https://example.com/', circleWindow: false },
    ]);
    // will-navigate, the second lock on the main frame, holds with the first (will-frame-navigate) taken away.
    contents.removeAllListeners('will-frame-navigate');
    const willNavigate: boolean[] = [];
    contents.on('will-navigate', (event: { defaultPrevented: boolean }) => willNavigate.push(event.defaultPrevented));
    expect((await contents.navigateFrame(contents.mainFrame, 'https://example.com/')).kind).toBe('prevented');
    expect(willNavigate).toEqual([true]);
    // webviewTag: false — the page has no <webview> to attach.
    expect(contents.addWebview({ src: 'https://example.com/' })).toEqual({ attached: false, reason: 'tag disabled' });
    // window.open of a documentation link: denied, and nothing goes to the OS browser.
    const handlerErrors = vi.spyOn(console, 'error');
    expect(contents.openWindow('https://developers.circle.com/w3s').opened).toBe(false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(handlerErrors).not.toHaveBeenCalled();
    handlerErrors.mockRestore();
    expect(current.electron.BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(current.electron.shell.opened).toEqual([]);
  });

  it('destroys a <webview>’s guest page with the customer window’s guard, even where the tag is enabled', async () => {
    current.electron = forwardToStandIn(standInElectron({ platform: 'linux' }));
    await current.electron.app.whenReady();
    const enabled = new current.electron.BrowserWindow({ show: false, webPreferences: { webviewTag: true } });
    guardWebContents(enabled.webContents as never, { documentationLinks: false });
    const attaching: boolean[] = [];
    enabled.webContents.on('will-attach-webview', (event: { defaultPrevented: boolean }) =>
      attaching.push(event.defaultPrevented),
    );
    expect(enabled.webContents.addWebview({ src: 'https://example.com/' }).attached).toBe(false);
    expect(attaching).toEqual([true]);
  });

  it('keeps Circle’s frame on Circle’s hosted page, and tells its listeners what it refused', async () => {
    const { contents, refused } = await shown();
    const circle = await contents.navigateFrame(
      contents.mainFrame.addChild(),
      'https://pw-auth.circle.com/?origin=http://localhost:47291',
      contents.mainFrame,
    );
    expect(circle.kind).toBe('committed');
    const within = await contents.navigateFrame(circle.frame, 'https://pw-auth.circle.com/moved-within');
    expect(within).toMatchObject({ kind: 'committed' });
    expect(within.frame.url).toBe('https://pw-auth.circle.com/pin');
    expect((await contents.navigateFrame(within.frame, 'https://pw-auth.circle.com/moved-away')).kind).toBe('aborted');
    expect((await contents.navigateFrame(within.frame, 'data:text/html,<p>hi</p>')).kind).toBe('prevented');
    expect(refused).toMatchObject([
      { kind: 'redirect', destination: 'evil.example', circleWindow: true },
      { kind: 'navigate', destination: 'a data: page', circleWindow: true },
    ]);
  });
});
