import { appOrigin } from '../../src/shared/app-origin';

export const invokeBindingName = '__pinDeskIpcInvoke';
export const emitFunctionName = '__pinDeskTestBedEmit';

/**
 * Wraps the real built preload bundle the way Electron's sandbox runs it: a CommonJS function whose `require`
 * knows only `electron`. Here `electron` is a shim: contextBridge defines a read-only global, and
 * ipcRenderer.invoke reaches main's real handler registration through a Playwright binding. Like Electron, the
 * preload runs only in the app's top-level frame; sub-frames keep the raw binding, so the sender check is exercised.
 */
export function preloadInitScript(preloadSource: string): string {
  return `(() => {
  if (window !== window.top || location.origin !== ${JSON.stringify(appOrigin)}) return;
  const invoke = window[${JSON.stringify(invokeBindingName)}];
  delete window[${JSON.stringify(invokeBindingName)}];
  const listeners = new Map();
  const ipcRenderer = {
    invoke: (channel, ...args) => invoke(channel, args),
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return ipcRenderer;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  Object.defineProperty(window, ${JSON.stringify(emitFunctionName)}, {
    value: (channel, payload) => { for (const listener of listeners.get(channel) ?? []) listener({}, payload); },
  });
  const contextBridge = {
    exposeInMainWorld(key, api) {
      Object.defineProperty(window, key, { value: api, enumerable: true, writable: false, configurable: false });
    },
  };
  const require = (name) => {
    if (name === 'electron') return { contextBridge, ipcRenderer };
    throw new Error('A sandboxed preload cannot require ' + name);
  };
  const module = { exports: {} };
  const exports = module.exports;
  ${preloadSource}
})();`;
}
