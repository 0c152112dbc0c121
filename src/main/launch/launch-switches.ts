import { isLoopbackHost } from '../environment/base-url-rule';

/**
 * What the environment may change about a run. Each switch exists for tests or development, and each would weaken a
 * shipped app (move settings and case logs, print the emulator's key, trust another origin with no CSP), so a
 * packaged app honours none of them.
 */
export interface LaunchSwitches {
  /** PIN_DESK_USER_DATA_DIR: another user-data folder (settings, case log, emulator state). */
  userDataDir: string | null;
  /** PIN_DESK_ANNOUNCE_EMULATOR=1: print the embedded emulator's URL and per-run key on stdout. */
  announceEmulator: boolean;
  /** ELECTRON_RENDERER_URL (electron-vite dev): the renderer from Vite's dev server, a trusted sender without CSP. */
  devServerUrl: string | null;
  /** DevTools in the window: development only. */
  devTools: boolean;
  /** Variables that were set but are not honoured, for one log line each. */
  ignored: string[];
}

export type LaunchEnvironment = Readonly<Record<string, string | undefined>>;

const switchNames = ['PIN_DESK_USER_DATA_DIR', 'PIN_DESK_ANNOUNCE_EMULATOR', 'ELECTRON_RENDERER_URL'] as const;

export function launchSwitches(isPackaged: boolean, env: LaunchEnvironment): LaunchSwitches {
  if (isPackaged) {
    return {
      userDataDir: null,
      announceEmulator: false,
      devServerUrl: null,
      devTools: false,
      ignored: switchNames.filter((name) => env[name] !== undefined),
    };
  }
  const devServerUrl = loopbackDevServer(env.ELECTRON_RENDERER_URL);
  const ignored = env.ELECTRON_RENDERER_URL !== undefined && devServerUrl === null ? ['ELECTRON_RENDERER_URL'] : [];
  return {
    userDataDir: env.PIN_DESK_USER_DATA_DIR || null,
    announceEmulator: env.PIN_DESK_ANNOUNCE_EMULATOR === '1',
    devServerUrl,
    devTools: true,
    ignored,
  };
}

/** Vite's dev server runs on this machine: any other URL is not one electron-vite set, and is not trusted. */
function loopbackDevServer(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.hostname) ? url.href : null;
  } catch {
    return null;
  }
}

/** The line main logs for a switch it did not honour. */
export function ignoredSwitchLine(name: string, isPackaged: boolean): string {
  return isPackaged
    ? `launch: ${name} is set but ignored: a packaged PIN Desk honours no test or development switches.`
    : `launch: ${name} is set but ignored: it must be a URL on this machine.`;
}
