// The customer window moved from one display of its own to another while full screen, on the stand-in for Electron's
// BrowserWindow (tests/support/electron-stand-in/full-screen.ts): customer-window.ts leaves full screen, sets the
// bounds and enters full screen again, all at once. On Windows and Linux that lands on the new display. On macOS
// full-screen transitions are asynchronous and setBounds does nothing while the window is full screen
// (shell/browser/native_window_mac.mm: "Do nothing if in fullscreen mode"), so placing it at once sent it back to
// full screen on the display it left: customer-window.ts `moveTo` now waits for 'leave-full-screen' first.
import { once } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { CustomerWindowPlacement } from '../../../../src/main/window/customer-display';
import { forwardToStandIn } from '../../../support/electron-stand-in/current-stand-in';
import { type StandInElectron, standInElectron } from '../../../support/electron-stand-in/electron';
import type { StandInPlatform } from '../../../support/electron-stand-in/platform';

const current = { electron: null as unknown as StandInElectron };
vi.mock(
  'electron',
  async () => (await import('../../../support/electron-stand-in/current-stand-in')).electronOfCurrentStandIn,
);

const { electronCustomerWindow } = await import('../../../../src/main/window/customer-window');

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
const external = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };
const fullScreenOn = (display: typeof laptop): CustomerWindowPlacement => ({
  displayId: display.id,
  displayName: `Display ${display.id}`,
  bounds: { ...display.bounds },
  fullScreen: true,
  fallback: null,
});

/** Opens the customer window full screen on the laptop, then moves it to the external display; where it ends. */
async function moveFullScreenWindow(platform: StandInPlatform) {
  current.electron = forwardToStandIn(standInElectron({ platform, displays: [laptop, external] }));
  await current.electron.app.whenReady();
  current.electron.session.defaultSession.protocol.handle('http', () => new Response('<p>customer</p>'));
  const port = electronCustomerWindow({
    preloadPath: '/app/customer.cjs',
    url: 'http://localhost:47291/customer.html',
    devTools: false,
    platform,
  });
  port.show(fullScreenOn(laptop));
  const window = current.electron.BrowserWindow.getAllWindows()[0];
  if (!window) throw new Error('no customer window');
  port.show(fullScreenOn(external));
  // Let every transition finish: the last event is an enter, wherever it lands.
  await new Promise((resolve) => setTimeout(resolve, 200));
  if (!window.isFullScreen()) await once(window, 'enter-full-screen');
  return current.electron.displays.getDisplayMatching(window.getNormalBounds()).id;
}

describe('moving the full-screen customer window to another display', () => {
  it('Windows: it ends full screen on the new display', async () => {
    expect(await moveFullScreenWindow('win32')).toBe(external.id);
  });
  it('Linux: it ends full screen on the new display', async () => {
    expect(await moveFullScreenWindow('linux')).toBe(external.id);
  });
  it('macOS: it ends full screen on the new display (placed once it has left full screen)', async () => {
    expect(await moveFullScreenWindow('darwin')).toBe(external.id);
  });
});
