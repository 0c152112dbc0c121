// Where Electron differs by platform, the stand-in asks this. The platform is this process's by default and can be
// set per stand-in (`standInElectron({ platform })`) or for the built main bundle by FAKE_ELECTRON_PLATFORM; Linux's
// display server by FAKE_ELECTRON_WAYLAND=1 (docs/api/browser-window.md, "Platform notices": "On Wayland (Linux) it is
// generally not possible to programmatically resize windows after creation, or to position, move, focus, or blur
// windows without user input").

export type StandInPlatform = 'darwin' | 'win32' | 'linux';

export interface PlatformFacts {
  readonly platform: StandInPlatform;
  /** Linux under a Wayland compositor (Electron's default there since Ozone); false elsewhere. */
  readonly wayland: boolean;
}

export function platformOf(value: string | undefined): StandInPlatform {
  const candidate = value ?? process.platform;
  if (candidate === 'darwin' || candidate === 'win32' || candidate === 'linux') return candidate;
  throw new Error(`the Electron stand-in models darwin, win32 and linux, not ${candidate}`);
}

export function platformFacts(options: { platform?: string; wayland?: boolean } = {}): PlatformFacts {
  const platform = platformOf(options.platform);
  return { platform, wayland: platform === 'linux' && Boolean(options.wayland) };
}
