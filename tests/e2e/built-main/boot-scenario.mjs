// What Electron would do with the built main bundle, step by step, once it has opened its window: load the app
// and Circle's hosted page through the session's protocol handlers, call main over IPC as the renderer's preload
// would (and once from a frame that is not the app), save a key, run a reset, then quit. Prints one line,
// `BOOT-RESULT <json>`, for built-main.spec.ts to check; any failure prints `BOOT-FAILED <message>`.
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { app, recorded } from './fake-electron.mjs';

const appOrigin = 'https://app.pin-desk.invalid';
const fromApp = { senderFrame: { url: `${appOrigin}/index.html`, parent: null } };
const fromAnotherSite = { senderFrame: { url: 'https://elsewhere.example/', parent: null } };
const standalone = { baseUrl: process.env.PIN_DESK_STANDALONE_URL, apiKey: process.env.PIN_DESK_STANDALONE_KEY };

function invoke(channel, input, event = fromApp) {
  const handler = recorded.ipcHandlers.get(channel);
  if (!handler) throw new Error(`main registered no handler for ${channel}`);
  return input === undefined ? handler(event) : handler(event, input);
}

function request(url) {
  const handler = recorded.protocolHandlers.get(new URL(url).protocol.slice(0, -1));
  if (!handler) throw new Error(`no protocol handler for ${url}`);
  return handler(new Request(url));
}

async function page(url) {
  const response = await request(url);
  if (response.type === 'error') return { refused: true };
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    csp: response.headers.get('content-security-policy'),
    body: (await response.text()).slice(0, 200_000),
  };
}

async function resetOnce() {
  const started = await invoke('reset:start', { userId: 'user-knows-pin', attemptId: randomUUID() });
  if (started.ok) await invoke('liveCase:cancel', { caseId: started.value.caseId });
  return started.ok ? { ok: true, fields: Object.keys(started.value).sort() } : started;
}

async function run(window) {
  const userDataDir = app.getPath('userData');
  const result = {
    window: { url: window.loadedUrl, webPreferences: window.options.webPreferences },
    channels: [...recorded.ipcHandlers.keys()].sort(),
    protocols: [...recorded.protocolHandlers.keys()].sort(),
    appPage: await page(`${appOrigin}/index.html`),
    hostedPage: await page(`https://pw-auth.circle.com/?origin=${encodeURIComponent(appOrigin)}`),
    elsewhere: await page('https://elsewhere.example/'),
    permissionGranted: await new Promise((resolve) => recorded.permissionRequestHandler?.({}, 'media', resolve)),
    info: await invoke('app:info'),
    infoFromAnotherSite: await invoke('app:info', undefined, fromAnotherSite),
    localReset: await resetOnce(),
  };
  if (standalone.baseUrl && standalone.apiKey) {
    await invoke('settings:setBaseUrl', { environment: 'standalone-emulator', baseUrl: standalone.baseUrl });
    const saved = await invoke('settings:setApiKey', { environment: 'standalone-emulator', apiKey: standalone.apiKey });
    const switched = await invoke('settings:setEnvironment', {
      environment: 'standalone-emulator',
      closeOpenCases: true,
    });
    result.standalone = {
      keySaved: saved.ok ? saved.value.environments.find((entry) => entry.id === 'standalone-emulator')?.key : saved,
      active: switched.ok ? switched.value.active : switched,
      reset: await resetOnce(),
      settingsFile: await readFile(`${userDataDir}/settings.json`, 'utf8'),
    };
  }
  // A second launch while this one runs: the lock was asked for, and the window comes back to the front.
  window.minimize();
  app.emit('second-instance');
  result.secondInstance = {
    lockRequested: app.singleInstanceLockRequested,
    restored: !window.isMinimized(),
    focused: window.focusCalls,
  };
  result.netFetches = recorded.netFetches;
  result.sessionFetches = recorded.sessionFetches;
  return result;
}

app.once('fake:window-loading', (window) => {
  run(window).then(
    (result) => {
      // Quitting lets main close its services (the emulator writes its state) before the process ends.
      app.once('fake:quit', async () => {
        result.filesAfterQuit = (await readdir(app.getPath('userData'))).sort();
        result.quitCalls = recorded.quitCalls;
        console.log(`BOOT-RESULT ${JSON.stringify(result)}`);
        process.exit(0);
      });
      app.quit();
    },
    (error) => {
      console.log(`BOOT-FAILED ${error instanceof Error ? error.stack : String(error)}`);
      process.exit(1);
    },
  );
});
app.once('fake:exit', (code) => {
  console.log(`BOOT-FAILED main exited with ${code}`);
  process.exit(1);
});
