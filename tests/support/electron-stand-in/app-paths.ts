// `app.getPath` / `app.setPath` (docs/api/app.md; shell/browser/api/electron_api_app.cc, App::GetPath and
// App::SetPath). The names are the documented ones; a name Electron does not know throws `Failed to get '<name>'
// path`, a relative path `Path must be absolute`. setPath does not create the folder (spec/api-app-spec.ts "does not
// create a new directory by default": `OverrideAndCreateIfNeeded(…, /* create = */ false)`), although app.md says an
// Error is thrown for a folder that does not exist — the source and the spec say otherwise, and the stand-in follows
// them.
import { homedir, tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { StandInPlatform } from './platform';

const knownNames = [
  'home',
  'appData',
  'assets',
  'userData',
  'sessionData',
  'temp',
  'exe',
  'module',
  'desktop',
  'documents',
  'downloads',
  'music',
  'pictures',
  'videos',
  'recent',
  'logs',
  'crashDumps',
] as const;

export class StandInAppPaths {
  readonly #paths = new Map<string, string>();

  /** `appDataRoot` stands for the per-user application data folder (docs: `%APPDATA%`, `~/.config`, …). */
  constructor(platform: StandInPlatform, appName: string, appDataRoot: string) {
    this.#paths.set('home', homedir());
    this.#paths.set('appData', appDataRoot);
    // "userData … by default is the appData directory appended with your app's name."
    this.#paths.set('userData', join(appDataRoot, appName));
    this.#paths.set('temp', tmpdir());
    // The stand-in's user folders are the temporary folder: nothing of a test lands in the real Documents.
    for (const name of ['desktop', 'documents', 'downloads', 'music', 'pictures', 'videos']) {
      this.#paths.set(name, tmpdir());
    }
    this.#paths.set('exe', process.execPath);
    this.#paths.set('module', process.execPath);
    // "assets … Available on Windows and Linux only"; "recent … (Windows only)".
    if (platform !== 'darwin') this.#paths.set('assets', join(process.execPath, '..'));
    if (platform === 'win32') this.#paths.set('recent', join(appDataRoot, 'Microsoft', 'Windows', 'Recent'));
  }

  get(name: string): string {
    // "sessionData … By default this points to userData" (and follows it when userData is overridden).
    if (name === 'sessionData' && !this.#paths.has('sessionData')) return this.get('userData');
    if (name === 'logs' && !this.#paths.has('logs')) return join(this.get('userData'), 'logs');
    if (name === 'crashDumps' && !this.#paths.has('crashDumps')) return join(this.get('userData'), 'Crashpad');
    const path = this.#paths.get(name);
    if (!knownNames.includes(name as (typeof knownNames)[number]) || path === undefined) {
      throw new Error(`Failed to get '${name}' path`);
    }
    return path;
  }

  set(name: string, path: string): void {
    if (!isAbsolute(path)) throw new Error('Path must be absolute');
    if (!knownNames.includes(name as (typeof knownNames)[number])) throw new Error('Failed to set path');
    this.#paths.set(name, path);
  }
}
