// What the check of a packaged app decides, apart from reading it: which fuses differ from the configuration,
// where electron-builder put the app, and which shipped files must not be there. Unit-tested; the reading and the
// launch are in check-packaged-app.mjs.
import { join } from 'node:path';

/** Each configured fuse's place in Electron's fuse wire (@electron/fuses FuseV1Options). */
export const fuseWireIndex = {
  runAsNode: 0,
  enableCookieEncryption: 1,
  enableNodeOptionsEnvironmentVariable: 2,
  enableNodeCliInspectArguments: 3,
  enableEmbeddedAsarIntegrityValidation: 4,
  onlyLoadAppFromAsar: 5,
  grantFileProtocolExtraPrivileges: 7,
};

// @electron/fuses FuseState: the byte each fuse holds in the binary.
const fuseStates = { 48: 'off', 49: 'on', 114: 'removed', 144: 'inherited' };

/** One line per fuse whose state in the binary is not the configured one; empty when they all match. */
export function fuseMismatches(expected, wire) {
  return Object.entries(expected).flatMap(([name, on]) => {
    const index = fuseWireIndex[name];
    if (index === undefined) return [`${name}: not a fuse this check knows`];
    const read = fuseStates[wire[index]] ?? 'missing';
    const wanted = on ? 'on' : 'off';
    return read === wanted ? [] : [`${name}: configured ${wanted}, the binary has it ${read}`];
  });
}

/** Where electron-builder leaves the unpacked app for this platform and architecture (before the installers). */
export function packagedAppLocation(distDir, platform, arch) {
  const suffix = arch === 'x64' ? '' : `-${arch}`;
  if (platform === 'darwin') {
    const app = join(distDir, `mac${suffix}`, 'PIN Desk.app');
    return {
      app,
      executable: join(app, 'Contents', 'MacOS', 'PIN Desk'),
      asar: join(app, 'Contents', 'Resources', 'app.asar'),
    };
  }
  const dir = join(distDir, `${platform === 'win32' ? 'win' : 'linux'}${suffix}-unpacked`);
  const executable = join(dir, platform === 'win32' ? 'PIN Desk.exe' : 'pin-desk');
  return { app: executable, executable, asar: join(dir, 'resources', 'app.asar') };
}

const forbidden = [
  [/\.map$/, 'a source map'],
  [/(^|\/)(tests?|__tests__)\//, 'a test'],
  [/\.(test|spec)\.[cm]?[jt]s$/, 'a test'],
  [/(^|\/)emulator-state[^/]*\.json$/, 'emulator state'],
  [/(^|\/)settings\.json$/, 'settings from a run'],
  [/\.jsonl$/, 'a case log'],
  [/(^|\/)src\//, 'source'],
];

/** Each path in app.asar that must not ship, with why; paths as `@electron/asar` lists them (leading `/`). */
export function forbiddenShippedFiles(paths) {
  return paths.flatMap((path) => {
    const relative = path.replace(/\\/g, '/').replace(/^\//, '');
    // Dependencies keep their own layout (a `src` folder is often their code); only their maps and tests matter.
    const rules = relative.startsWith('node_modules/') ? forbidden.filter(([, why]) => why !== 'source') : forbidden;
    const hit = rules.find(([pattern]) => pattern.test(relative));
    return hit ? [`${relative} (${hit[1]})`] : [];
  });
}
