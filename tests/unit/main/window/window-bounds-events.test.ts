// The agent's window remembers where it was on every platform, on the stand-in for Electron's BrowserWindow
// (tests/support/electron-stand-in/browser-window.ts, held to docs/api/browser-window.md): 'moved' and 'resized' are
// _macOS_ _Windows_ only, so on Linux main hears only 'move' and 'resize', which fire all along a drag.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SavedWindowState } from '../../../../src/main/window/window-bounds';
import { forwardToStandIn } from '../../../support/electron-stand-in/current-stand-in';
import { type StandInElectron, standInElectron } from '../../../support/electron-stand-in/electron';
import type { StandInPlatform } from '../../../support/electron-stand-in/platform';

const current = { electron: null as unknown as StandInElectron };
vi.mock(
  'electron',
  async () => (await import('../../../support/electron-stand-in/current-stand-in')).electronOfCurrentStandIn,
);

const { createMainWindow } = await import('../../../../src/main/window/main-window');

async function openOn(platform: StandInPlatform, maximized = false) {
  current.electron = forwardToStandIn(standInElectron({ platform }));
  await current.electron.app.whenReady();
  current.electron.session.defaultSession.protocol.handle('http', () => new Response('<p>console</p>'));
  const saved: SavedWindowState[] = [];
  createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    bounds: { x: 100, y: 100, width: 1200, height: 820 },
    maximized,
    url: 'http://localhost:47291/index.html',
    devTools: false,
    onBoundsChanged: (state) => saved.push(state),
  });
  const window = current.electron.BrowserWindow.getAllWindows()[0];
  if (!window) throw new Error('main opened no window');
  return { window, saved };
}

/** The person drags the window across the screen for two seconds, a step every 50 ms, and lets go. */
function dragForTwoSeconds(window: ReturnType<typeof current.electron.BrowserWindow.getAllWindows>[number]) {
  const drag = window.userDrags();
  for (let step = 1; step <= 40; step += 1) {
    drag.to({ x: 100 + step * 10, y: 100 });
    vi.advanceTimersByTime(50);
  }
  drag.end();
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the agent’s window bounds, as each platform’s Electron reports a drag', () => {
  it('Linux: no moved/resized — the bounds are saved once the window rests after a drag, with where it ended', async () => {
    const { window, saved } = await openOn('linux');
    dragForTwoSeconds(window);
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(saved).toEqual([{ bounds: { x: 500, y: 100, width: 1200, height: 820 }, maximized: false }]);
  });
  it('Linux: a resize is saved once the window rests', async () => {
    const { window, saved } = await openOn('linux');
    window.userResizes({ width: 1300, height: 900 });
    vi.advanceTimersByTime(1000);
    expect(saved).toEqual([{ bounds: { x: 100, y: 100, width: 1300, height: 900 }, maximized: false }]);
  });
  it('Windows: saved once, when the person lets go (moved), and not again when the window rests', async () => {
    const { window, saved } = await openOn('win32');
    dragForTwoSeconds(window);
    expect(saved).toEqual([{ bounds: { x: 500, y: 100, width: 1200, height: 820 }, maximized: false }]);
    vi.advanceTimersByTime(1000);
    expect(saved).toHaveLength(1);
  });
  it('Linux: maximizing (a resize, no resized) is saved with maximized: true once the window rests', async () => {
    const { window, saved } = await openOn('linux');
    window.maximize();
    await vi.waitFor(() => expect(window.isMaximized()).toBe(true));
    await new Promise((resolve) => setImmediate(resolve));
    vi.advanceTimersByTime(1000);
    expect(saved).toEqual([{ bounds: { x: 100, y: 100, width: 1200, height: 820 }, maximized: true }]);
  });
  it('closing mid-drag saves at once, and nothing is read from the window after it is closed', async () => {
    const { window, saved } = await openOn('linux');
    window.userMoves({ x: 300, y: 200 });
    window.close();
    expect(saved).toEqual([{ bounds: { x: 300, y: 200, width: 1200, height: 820 }, maximized: false }]);
    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true));
    expect(() => vi.advanceTimersByTime(1000)).not.toThrow();
    expect(saved).toHaveLength(1);
  });
});

// browser-window.md, `win.maximize()`: "This will also show (but not focus) the window if it isn't being displayed
// already" — a window maximized as it is made would show before its page (a blank frame); the app waits for
// 'ready-to-show' (the stand-in emits it once the page has laid out, as lib/browser/api/web-contents.ts does).
describe('a window saved maximized', () => {
  it('stays hidden until its page is ready to show, then shows maximized', async () => {
    vi.useRealTimers();
    const { window } = await openOn('linux', true);
    expect(window.isVisible()).toBe(false);
    expect(window.isMaximized()).toBe(false);
    await new Promise((resolve) => window.once('ready-to-show', resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(window.isVisible()).toBe(true);
    expect(window.isMaximized()).toBe(true);
  });
});
