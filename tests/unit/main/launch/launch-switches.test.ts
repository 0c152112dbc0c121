import { describe, expect, it } from 'vitest';
import { ignoredSwitchLine, launchSwitches } from '../../../../src/main/launch/launch-switches';

const everySwitch = {
  PIN_DESK_USER_DATA_DIR: '/tmp/elsewhere',
  PIN_DESK_ANNOUNCE_EMULATOR: '1',
  ELECTRON_RENDERER_URL: 'http://localhost:5173/',
};

describe('launch switches', () => {
  it('a packaged app honours none of them, has no DevTools, and names each one it ignored', () => {
    expect(launchSwitches(true, everySwitch)).toEqual({
      userDataDir: null,
      announceEmulator: false,
      devServerUrl: null,
      devTools: false,
      ignored: ['PIN_DESK_USER_DATA_DIR', 'PIN_DESK_ANNOUNCE_EMULATOR', 'ELECTRON_RENDERER_URL'],
    });
    expect(launchSwitches(true, {})).toMatchObject({ devTools: false, ignored: [] });
    expect(ignoredSwitchLine('PIN_DESK_USER_DATA_DIR', true)).toContain('packaged');
  });

  it('an unpackaged run honours them all, with DevTools', () => {
    expect(launchSwitches(false, everySwitch)).toEqual({
      userDataDir: '/tmp/elsewhere',
      announceEmulator: true,
      devServerUrl: 'http://localhost:5173/',
      devTools: true,
      ignored: [],
    });
    expect(launchSwitches(false, {})).toEqual({
      userDataDir: null,
      announceEmulator: false,
      devServerUrl: null,
      devTools: true,
      ignored: [],
    });
  });

  it('announces the emulator only for exactly "1"', () => {
    for (const value of ['0', 'true', 'yes', '']) {
      expect(launchSwitches(false, { PIN_DESK_ANNOUNCE_EMULATOR: value }).announceEmulator).toBe(false);
    }
  });

  it('trusts a dev server only on this machine, even unpackaged', () => {
    for (const url of ['https://evil.example/', 'http://192.168.1.5:5173/', 'file:///tmp/index.html', 'not a url']) {
      expect(launchSwitches(false, { ELECTRON_RENDERER_URL: url })).toMatchObject({
        devServerUrl: null,
        ignored: ['ELECTRON_RENDERER_URL'],
      });
    }
    expect(launchSwitches(false, { ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173' }).devServerUrl).toBe(
      'http://127.0.0.1:5173/',
    );
  });
});
