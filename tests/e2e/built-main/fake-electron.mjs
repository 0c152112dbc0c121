// The `electron` module the *built* main bundle (out/main/index.js) boots on in plain Node, where no Electron binary
// exists: the stand-in for Electron (tests/support/electron-stand-in/), each part doing what Electron's docs and spec
// tests say and held to them in tests/unit/electron-stand-in/ (docs/electron-as-documented.md lists which). Nothing
// of ours is faked. This file only assembles one stand-in from the process's environment:
// - the platform is this process's (main reads process.platform itself, so the two must agree); on Linux,
//   FAKE_ELECTRON_WAYLAND=1 plays a Wayland session and FAKE_ELECTRON_SAFE_STORAGE the password store Chromium
//   picked (default gnome_libsecret; basic_text is a machine without a keyring);
// - ELECTRON_FORCE_IS_PACKAGED makes app.isPackaged true, as it does in Electron (electron_api_app.cc IsPackaged);
//   FAKE_ELECTRON_USER_DATA is where a packaged app's default user-data folder would be;
// - Chromium's command line is the switches after the script (`node … out/main/index.js --switch=value`), and the
//   network honours its host rules and certificate switches;
// - an error box is printed (`ERROR-BOX {json}`), so a test reads what a person would have seen.
// The stand-in is TypeScript, loaded through tsx; `npm run bench:start` instead names a bundle of it in
// FAKE_ELECTRON_STAND_IN and runs without tsx, whose hooks Electron does not have and which slow every import main makes.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const { standInElectron } = await import(
  process.env.FAKE_ELECTRON_STAND_IN
    ? pathToFileURL(process.env.FAKE_ELECTRON_STAND_IN).href
    : '../../support/electron-stand-in/electron.ts'
);

const packageJson = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
if (process.env.FAKE_ELECTRON_PLATFORM && process.env.FAKE_ELECTRON_PLATFORM !== process.platform) {
  throw new Error('FAKE_ELECTRON_PLATFORM must be this process’s platform: the built main reads process.platform too');
}

export const electron = standInElectron({
  platform: process.platform,
  wayland: process.env.FAKE_ELECTRON_WAYLAND === '1',
  argv: process.argv.slice(2),
  isPackaged: process.env.ELECTRON_FORCE_IS_PACKAGED !== undefined,
  appPackage: { name: packageJson.name, productName: packageJson.productName, version: packageJson.version },
  // `electron .` from the repository: the folder of package.json.
  appPath: fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, ''),
  ...(process.env.FAKE_ELECTRON_USER_DATA ? { userData: process.env.FAKE_ELECTRON_USER_DATA } : {}),
  ...(process.env.FAKE_ELECTRON_SAFE_STORAGE ? { linuxBackend: process.env.FAKE_ELECTRON_SAFE_STORAGE } : {}),
});

electron.dialog.onErrorBox = ({ title, content, to }) => {
  if (to === 'stderr') process.stderr.write(`${title}\n${content}\n\n`);
  else console.log(`ERROR-BOX ${JSON.stringify({ title, content })}`);
};

export const { app, ipcMain, session, net, BrowserWindow, screen, dialog, clipboard, safeStorage, shell, Menu } =
  electron;

/** Every session main made requests on, by partition ('' is the default session): what it fetched. */
export const fetchedBySession = () =>
  Object.fromEntries(electron.sessions.all().map((each) => [each.partition, each.fetched.map(({ url }) => url)]));

export default { app, ipcMain, session, net, BrowserWindow, screen, dialog, clipboard, safeStorage, shell, Menu };
