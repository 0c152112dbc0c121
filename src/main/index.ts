// Electron's composition root: everything Electron-specific is wired here and in window/ and session/; the
// handlers and policies they use are plain modules that also run in Node (unit tests, browser test bed).
import { join } from 'node:path';
import { app, type BrowserWindow, ipcMain, screen, session } from 'electron';
import { appEntryUrl, appOrigin } from '../shared/app-origin';
import type { EnvironmentId } from '../shared/environment/environments';
import { createMainHandlers } from './ipc/main-handlers';
import { registerContractHandlers } from './ipc/register-contract-handlers';
import { installSessionPolicy } from './session/install-session-policy';
import { openSettingsStore } from './settings/settings-store';
import { createMainWindow } from './window/main-window';
import { restoreWindowBounds } from './window/window-bounds';

const userDataOverride = process.env.PIN_DESK_USER_DATA_DIR;
if (userDataOverride) app.setPath('userData', userDataOverride);

// In `dev` the renderer comes from Vite's dev server (electron-vite sets this variable); never in a packaged app.
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const devServerOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;

let mainWindow: BrowserWindow | null = null;

function start(): void {
  const settings = openSettingsStore();
  const activeEnvironment: EnvironmentId = 'local-emulator';

  installSessionPolicy(session.defaultSession, {
    policy: { appOrigin, hostedUi: () => ({ kind: 'refuse' }), devServerOrigin },
    appRoot: join(import.meta.dirname, '../renderer'),
    onRefused: (url, reason) => console.warn(`network policy: refused ${new URL(url).origin} (${reason})`),
  });

  registerContractHandlers(
    ipcMain,
    createMainHandlers({
      appInfo: { version: app.getVersion(), platform: process.platform, activeEnvironment: () => activeEnvironment },
    }),
    {
      trustedOrigins: devServerOrigin ? [appOrigin, devServerOrigin] : [appOrigin],
      log: {
        warn: (message) => console.warn(`ipc: ${message}`),
        error: (message, error) => console.error(`ipc: ${message}`, error),
      },
    },
  );

  const restored = restoreWindowBounds(
    settings.get('window'),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  mainWindow = createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    bounds: restored.bounds,
    maximized: restored.maximized,
    url: devServerUrl ?? appEntryUrl,
    onBoundsChanged: (state) => settings.set('window', state),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (error) => {
    console.error('PIN Desk could not start:', error);
    app.exit(1);
  });
}
