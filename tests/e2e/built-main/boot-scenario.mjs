// What Electron would do with the built main bundle, step by step, once its window has loaded the app: load the app
// and Circle's hosted page through the session's protocol handlers, ask its webRequest policy about a few requests,
// call main over IPC as the renderer's preload would (and once from a frame that is not the app), save a key, run a
// reset, run one on the customer screen (its window, its slice), switch to Circle testnet and back (the https handler
// follows), then quit. Prints one line,
// `BOOT-RESULT <json>`, for built-main.spec.ts to check; any failure prints `BOOT-FAILED <message>`, and a main that
// ends on its own `BOOT-ENDED <exit code>`.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { standInElectron } from '../../support/electron-stand-in/electron.ts';
import { StandInWebFrame } from '../../support/electron-stand-in/web-frame.ts';
import { app, BrowserWindow, electron, fetchedBySession, ipcMain, Menu, session, shell } from './fake-electron.mjs';
import { appFrame, appOrigin, beforeRequest, circleFrame, page } from './renderer-requests.mjs';
import { circleTestnetScenario, completedReset } from './whole-reset.mjs';

// Electron's invoke events carry the sending webContents and frame: the agent's window's, once it has loaded.
let agentContents = null;
const fromApp = () => ({ sender: agentContents, frame: agentContents.mainFrame });
/** A top-level document at `url` in the agent's window (one the navigation guard would have had to let through). */
const fromPage = (url) => ({ sender: agentContents, frame: new StandInWebFrame(url, null, agentContents.id) });
const fromAnotherSite = () => fromPage('https://elsewhere.example/');
// Where electron-vite's dev server would be: trusted only in an unpackaged run that was given its URL.
const fromDevServer = () => fromPage('http://127.0.0.1:5173/');
const standalone = { baseUrl: process.env.PIN_DESK_STANDALONE_URL, apiKey: process.env.PIN_DESK_STANDALONE_KEY };

/** The renderer's `ipcRenderer.invoke(channel, input)`, through the stand-in's ipcMain. */
function invoke(channel, input, from = fromApp()) {
  return input === undefined ? ipcMain.invoke(from, channel) : ipcMain.invoke(from, channel, input);
}

/** Resolves once the window's page has loaded (its main frame is a document at `url`). */
async function loaded(window, url) {
  if (window.webContents.mainFrame.url !== url) await once(window.webContents, 'did-finish-load');
}

/**
 * The customer screen on ("Same display"): main opens the customer window, hands it the reset's session, keeps the
 * agent to the case without its secrets, and takes calls from each window on that window's channels only.
 */
async function customerScreenScenario(agent) {
  const settings = await invoke('settings:customerScreen', {});
  await invoke('settings:setCustomerScreen', { choice: { kind: 'same-display' } });
  const customer = BrowserWindow.getAllWindows().find((window) => window !== agent);
  if (!customer) throw new Error('main opened no customer window');
  await loaded(customer, `${appOrigin}/customer.html`);
  const fromCustomer = { sender: customer.webContents, frame: customer.webContents.mainFrame };
  const started = await invoke('reset:start', { userId: 'user-knows-pin', attemptId: randomUUID() });
  const shown = await invoke('customerWindow:showing', {}, fromCustomer);
  const fromCustomerToAgentChannel = await invoke('caseLog:list', {}, fromCustomer);
  const fromAgentToCustomerChannel = await invoke('customerWindow:showing', {}, fromApp());
  // A console shortcut pressed while the customer window has focus does nothing.
  customer.userFocuses();
  const sentBefore = agent.webContents.sent.length;
  chooseMenuItem('Cases');
  const menuSentFromCustomer = agent.webContents.sent.length - sentBefore;
  agent.userFocuses();
  const windowOpen = customer.webContents.openWindow('https://developers.circle.com/w3s');
  // The customer closes the window mid-case: the agent is told, as when they close Circle's window.
  const closed = once(customer, 'closed');
  customer.close();
  await closed;
  if (started.ok) await invoke('liveCase:cancel', { caseId: started.value.caseId });
  await invoke('settings:setCustomerScreen', { choice: { kind: 'off' } });
  return {
    options: settings.ok ? settings.value.options.map((option) => option.label) : settings,
    window: {
      url: customer.webContents.mainFrame.url,
      title: customer.options.title,
      fullscreen: customer.options.fullscreen,
      menu: customer.menuBar(),
      webPreferences: customer.options.webPreferences,
      windowOpen,
      openedExternally: shell.opened,
    },
    agentStart: started.ok ? Object.keys(started.value).sort() : started,
    customerShowing: shown.ok
      ? { kind: shown.value.kind, session: Object.keys(shown.value.session ?? {}).sort() }
      : shown,
    fromCustomerToAgentChannel,
    fromAgentToCustomerChannel,
    menuSentFromCustomer,
    sentToCustomer: [...new Set(customer.webContents.sent.map((event) => event.channel))],
    sentToAgent: [...new Set(agent.webContents.sent.map((event) => event.channel))],
    closedTold: agent.webContents.sent.some(
      (event) => event.channel === 'customerScreen:changed' && event.payload.outcome?.kind === 'closed',
    ),
  };
}

const protocols = () => ['http', 'https'].filter((scheme) => session.defaultSession.protocol.isProtocolHandled(scheme));
const agentId = () => agentContents?.id ?? 0;

async function resetOnce() {
  const started = await invoke('reset:start', { userId: 'user-knows-pin', attemptId: randomUUID() });
  if (started.ok) await invoke('liveCase:cancel', { caseId: started.value.caseId });
  return started.ok ? { ok: true, fields: Object.keys(started.value).sort() } : started;
}

/** The menu as an agent sees it: each top menu's label or role, and its items' labels or roles and accelerators. */
function menuOutline(menu) {
  return (menu?.items ?? []).map((top) => ({
    menu: top.label || top.role,
    items: (top.submenu?.items ?? []).map((item) => item.label || item.role || item.type),
    accelerators: (top.submenu?.items ?? []).flatMap((item) => (item.accelerator ? [item.accelerator] : [])),
  }));
}

/**
 * Chooses the application-menu item with this label, as a click or its accelerator would, in the focused window;
 * returns the last event main sent to `window`.
 */
function chooseMenuItem(label, window = agentContents && BrowserWindow.fromWebContents(agentContents)) {
  const items = (Menu.getApplicationMenu()?.items ?? []).flatMap((top) => top.submenu?.items ?? []);
  items.find((item) => item.label === label)?.click({}, BrowserWindow.getFocusedWindow(), null);
  return window?.webContents.sent.at(-1) ?? null;
}

/** Permission bits of everything main wrote under the user-data folder, by relative path. */
async function modesUnder(dir) {
  const modes = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    // An atomic write's temporary file (`….tmp`) can be renamed away between the listing and the stat.
    const status = await stat(path).catch((error) => {
      if (error.code === 'ENOENT' && path.endsWith('.tmp')) return null;
      throw error;
    });
    if (status) modes[path.slice(dir.length + 1)] = (status.mode & 0o777).toString(8);
  }
  return modes;
}

async function run(window) {
  agentContents = window.webContents;
  const userDataDir = app.getPath('userData');
  // The window opens while main's services start; a first call is answered once they have, the hosted-UI forward
  // installed with them (built-main-start.spec.ts checks what happens before).
  await invoke('app:info');
  const result = {
    window: { url: window.webContents.mainFrame.url, webPreferences: window.options.webPreferences },
    channels: ipcMain.handledChannels().sort(),
    // Messages (ipcRenderer.send/sendSync) main listens for: none of ours, the contract being invoke only.
    listenedChannels: ipcMain.eventNames().map(String).sort(),
    protocols: protocols(),
    webRequest: {
      filter: session.defaultSession.webRequest.attachedFilter(),
      fromCircleFrame: await beforeRequest('https://fonts.example.net/a.woff2', circleFrame),
      fromAppFrame: await beforeRequest('https://fonts.example.net/a.woff2', appFrame),
    },
    appPage: await page(`${appOrigin}/index.html`, appFrame, 'mainFrame', agentId()),
    hostedPage: await page(
      `https://pw-auth.circle.com/?origin=${encodeURIComponent(appOrigin)}`,
      { url: 'about:blank', origin: appOrigin, parent: appFrame },
      'subFrame',
      agentId(),
    ),
    elsewhere: await page('https://elsewhere.example/', circleFrame, 'xhr', agentId()),
    permissionGranted: await new Promise((resolve) =>
      session.defaultSession.permissionRequestHandler?.({}, 'media', resolve),
    ),
    info: await invoke('app:info'),
    infoFromAnotherSite: await invoke('app:info', undefined, fromAnotherSite()),
    infoFromDevServer: await invoke('app:info', undefined, fromDevServer()),
    localReset: await resetOnce(),
    customerScreen: await customerScreenScenario(window),
    completedLocalReset: await completedReset(invoke, agentId(), '480213', '390517'),
    menu: menuOutline(Menu.getApplicationMenu()),
    menuCommand: chooseMenuItem('Go to User ID', window),
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
      completedReset: await completedReset(invoke, agentId(), '480213', '390517'),
      protocols: protocols(),
      settingsFile: await readFile(`${userDataDir}/settings.json`, 'utf8'),
    };
    // Elsewhere with a key saved: main asks in its own dialog (the fake answers no), and nothing changes.
    const moved = await invoke('settings:setBaseUrl', {
      environment: 'standalone-emulator',
      baseUrl: 'http://127.0.0.1:9',
    });
    result.standalone.baseUrlChange = {
      refusal: moved.ok ? null : moved.error.code,
      asked: electron.dialog.messageBoxes.map(({ options }) => ({
        message: options.message,
        buttons: options.buttons,
      })),
      active: (await invoke('settings:get')).value.active,
    };
    // Circle testnet, its base URL pointed at the standalone emulator: no https handler of ours while it is active.
    await invoke('settings:setBaseUrl', { environment: 'circle-testnet', baseUrl: standalone.baseUrl });
    await invoke('settings:setApiKey', { environment: 'circle-testnet', apiKey: standalone.apiKey });
    await invoke('settings:setEnvironment', { environment: 'circle-testnet', closeOpenCases: true });
    const onCircle = protocols();
    await invoke('settings:setEnvironment', { environment: 'local-emulator', closeOpenCases: true });
    result.circleSwitch = { onCircle, backOnLocal: protocols() };
    const diagnostics = await invoke('diagnostics:get');
    result.diagnostics = diagnostics.ok ? diagnostics.value : diagnostics;
  }
  // Circle testnet at Circle's own host names, answered by a Circle-shaped emulator the command line maps them to.
  if (process.env.PIN_DESK_CIRCLE_TESTNET_KEY) {
    result.circleTestnet = await circleTestnetScenario(invoke, agentId(), process.env.PIN_DESK_CIRCLE_TESTNET_KEY);
    const diagnostics = await invoke('diagnostics:get');
    result.diagnostics = diagnostics.ok ? diagnostics.value : diagnostics;
  }
  result.userDataDir = userDataDir;
  result.modes = await modesUnder(userDataDir);
  // A second launch while this one runs (another process on the same user-data folder): it does not get the lock,
  // and the first instance's window comes back to the front.
  window.minimize();
  const second = standInElectron({ userData: userDataDir }).app;
  const heard = once(app, 'second-instance');
  const secondGotLock = second.requestSingleInstanceLock();
  await heard;
  result.secondInstance = {
    lockRequested: app.hasSingleInstanceLock() && !secondGotLock,
    restored: !window.isMinimized(),
    focused: window.focusCalls,
  };
  result.fetched = fetchedBySession();
  return result;
}

let finished = false;
// Main's window is the first it opens; the scenario starts once its page has loaded through the session.
app.once('browser-window-created', (_event, window) => {
  window.webContents.once('did-fail-load', (_failed, code, description, url) => {
    console.log(`BOOT-FAILED the window could not load ${url}: ${description} (${code})`);
    process.exit(1);
  });
  window.webContents.once('did-finish-load', () => {
    run(window).then(
      async (result) => {
        // Quitting lets main close its services (the emulator writes its state) before the app ends.
        finished = true;
        app.quit();
        await app.ended;
        result.filesAfterQuit = (await readdir(app.getPath('userData'))).sort();
        result.quitCalls = app.quitCalls;
        console.log(`BOOT-RESULT ${JSON.stringify(result)}`);
        process.exit(0);
      },
      (error) => {
        console.log(`BOOT-FAILED ${error instanceof Error ? error.stack : String(error)}`);
        process.exit(1);
      },
    );
  });
});
void app.ended.then((code) => {
  if (finished) return;
  // What main had fetched by then, on every session: a refused start must have fetched nothing.
  console.log(`FETCHED ${JSON.stringify(fetchedBySession())}`);
  console.log(`BOOT-ENDED ${code}`);
  process.exit(code);
});
