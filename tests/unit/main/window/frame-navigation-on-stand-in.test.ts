// Main's frame guard (guardWebContents) on the stand-in for Electron's webContents, whose navigations emit
// will-frame-navigate, will-navigate and will-redirect as shell/browser/electron_navigation_throttle.cc does
// (tests/unit/electron-stand-in/navigation-events.test.ts holds it to that): Circle's frame may move within Circle's
// hosted page, by navigation or server redirect, and nowhere else; the console's page never moves.
import { describe, expect, it, vi } from 'vitest';
import type { RefusedNavigation } from '../../../../src/main/window/frame-navigation-guard';
import { forwardToStandIn } from '../../../support/electron-stand-in/current-stand-in';
import { type StandInElectron, standInElectron } from '../../../support/electron-stand-in/electron';

const current = { electron: null as unknown as StandInElectron };
vi.mock(
  'electron',
  async () => (await import('../../../support/electron-stand-in/current-stand-in')).electronOfCurrentStandIn,
);

const { guardWebContents } = await import('../../../../src/main/window/main-window');

/** The app page loaded in a guarded window, Circle's page (a handler here) in a subframe of it. */
async function consoleWithCirclesFrame() {
  current.electron = forwardToStandIn(standInElectron({ platform: 'linux' }));
  await current.electron.app.whenReady();
  const { protocol } = current.electron.session.defaultSession;
  protocol.handle('http', () => new Response('<p>PIN Desk</p>'));
  protocol.handle('https', (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === '/moved-within') return Response.redirect('https://pw-auth.circle.com/landed', 302);
    if (pathname === '/moved-away') return Response.redirect('https://evil.example/phish', 302);
    return new Response(`<p>${request.url}</p>`);
  });
  const window = new current.electron.BrowserWindow({ show: false });
  const refused: RefusedNavigation[] = [];
  guardWebContents(window.webContents as never, {
    documentationLinks: true,
    onNavigationRefused: (refusal) => refused.push(refusal),
  });
  await window.loadURL('http://localhost:47291/index.html');
  const contents = window.webContents;
  const opened = await contents.navigateFrame(
    contents.mainFrame.addChild(),
    'https://pw-auth.circle.com/?origin=http%3A%2F%2Flocalhost%3A47291',
    contents.mainFrame,
  );
  if (opened.kind !== 'committed') throw new Error(`Circle's page did not load: ${opened.kind}`);
  return { contents, circleFrame: opened.frame, refused };
}

describe('Circle’s frame on the stand-in for Electron', () => {
  it('loads Circle’s page in a subframe and moves within it, by navigation and by redirect, with nothing refused', async () => {
    const { contents, circleFrame, refused } = await consoleWithCirclesFrame();
    const next = await contents.navigateFrame(circleFrame, 'https://pw-auth.circle.com/step-2');
    expect(next.kind).toBe('committed');
    const redirected = await contents.navigateFrame(next.frame, 'https://pw-auth.circle.com/moved-within');
    expect(redirected).toMatchObject({ kind: 'committed' });
    expect(redirected.frame.url).toBe('https://pw-auth.circle.com/landed');
    expect(refused).toEqual([]);
  });

  it('refuses a navigation of Circle’s frame to another site, reporting it as Circle’s window’s', async () => {
    const { contents, circleFrame, refused } = await consoleWithCirclesFrame();
    const outcome = await contents.navigateFrame(circleFrame, 'https://evil.example/phish?pin=1');
    expect(outcome.kind).toBe('prevented');
    expect(circleFrame.url).toMatch(/^https:\/\/pw-auth\.circle\.com\//);
    expect(refused).toMatchObject([{ destination: 'evil.example', circleWindow: true }]);
  });

  it('refuses a server redirect out of Circle’s page (the whole navigation is cancelled, as will-redirect documents)', async () => {
    const { contents, circleFrame, refused } = await consoleWithCirclesFrame();
    const outcome = await contents.navigateFrame(circleFrame, 'https://pw-auth.circle.com/moved-away');
    expect(outcome.kind).toBe('aborted');
    expect(refused).toMatchObject([{ destination: 'evil.example', circleWindow: true }]);
  });

  it('never lets the console’s own page navigate, not even to its own origin', async () => {
    const { contents, refused } = await consoleWithCirclesFrame();
    const outcome = await contents.navigateFrame(contents.mainFrame, 'http://localhost:47291/other.html');
    expect(outcome.kind).toBe('prevented');
    expect(contents.mainFrame.url).toBe('http://localhost:47291/index.html');
    expect(refused).toHaveLength(1);
  });
});
