// How soon the built main bundle is up, booted on the stand-in for Electron
// (`--import ./fake-electron-resolution.mjs --import <this>`): when main constructs its first BrowserWindow; when a
// lookup is sent, as the renderer's preload would send it, the moment that window's page has loaded; when main
// announces its embedded emulator (PIN_DESK_ANNOUNCE_EMULATOR=1: printed once its services have started, so after
// the emulator has seeded); and when, and with what, the lookup is answered. Times are performance.now():
// milliseconds since this process's time origin, which Node sets as the process starts. Prints
// `START-RESULT {json}` once the lookup is answered, then quits the app; a main that ends first prints
// `START-ENDED <exit code>`. Used by built-main-start.spec.ts and `npm run bench:start`.
import { app, ipcMain } from './fake-electron.mjs';

const userId = 'user-knows-pin';
// tsx and the stand-in are loaded by now, the built main not yet: what the harness itself costs.
const times = { harnessLoadedMs: performance.now() };
let finished = false;

// Main's own line, noted as it is printed.
const print = console.log;
console.log = (...args) => {
  if (times.emulatorAnnouncedMs === undefined && String(args[0]).startsWith('PIN Desk emulator:'))
    times.emulatorAnnouncedMs = performance.now();
  print(...args);
};

app.once('browser-window-created', (_event, window) => {
  times.windowCreatedMs = performance.now();
  window.webContents.once('did-finish-load', () => {
    times.lookupSentMs = performance.now();
    const from = { sender: window.webContents, frame: window.webContents.mainFrame };
    ipcMain.invoke(from, 'customer:lookup', { userId }).then(
      async (answer) => {
        times.lookupAnsweredMs = performance.now();
        print(`START-RESULT ${JSON.stringify({ ...times, answer })}`);
        finished = true;
        app.quit();
        // A main that failed to start has already exited 1 (after its error box): that code, not the quit's.
        process.exit(await app.ended);
      },
      (error) => {
        print(`START-FAILED ${error instanceof Error ? error.stack : String(error)}`);
        process.exit(1);
      },
    );
  });
});
void app.ended.then((code) => {
  if (finished) return;
  print(`START-ENDED ${code}`);
  process.exit(code);
});
