import { appOrigin, customerEntryUrl } from '../../src/shared/app-origin';

export const invokeBindingName = '__pinDeskIpcInvoke';
export const emitFunctionName = '__pinDeskTestBedEmit';
/** Where a compromised customer window's ipcRenderer is left for a test (only with `compromisedCustomerWindow`). */
export const compromisedIpcName = '__pinDeskCompromisedIpcRenderer';

export interface PreloadSources {
  /** out/preload/index.cjs: the agent window's. */
  agent: string;
  /** out/preload/customer.cjs: the customer window's. */
  customer: string;
}

/**
 * Wraps the real built preload bundles the way Electron's sandbox runs them: a CommonJS function whose `require`
 * knows only `electron`. Here `electron` is a shim: contextBridge defines a read-only global, and
 * ipcRenderer.invoke reaches main's real handler registration through a Playwright binding. Like Electron, the
 * preload runs only in the app's top-level frame; sub-frames keep the raw binding, so the sender check is exercised.
 * Each window gets its own preload as Electron gives it, here by the page's entry: the customer window's page its
 * slice of the contract, every other page the agent's. With `compromisedCustomerWindow`, the customer page also keeps
 * its ipcRenderer on `window`, as a renderer whose process was taken over would have it, so a test can call any
 * channel from that page's own context and see main refuse it.
 */
export function preloadInitScript(
  sources: PreloadSources,
  options: { compromisedCustomerWindow?: boolean } = {},
): string {
  const customerPath = new URL(customerEntryUrl).pathname;
  return `(() => {
  if (window !== window.top || location.origin !== ${JSON.stringify(appOrigin)}) return;
  const customerWindow = location.pathname === ${JSON.stringify(customerPath)};
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
  if (customerWindow && ${options.compromisedCustomerWindow === true}) {
    Object.defineProperty(window, ${JSON.stringify(compromisedIpcName)}, { value: ipcRenderer });
  }
  const module = { exports: {} };
  const run = customerWindow
    ? function (require, module, exports) {
${sources.customer}
      }
    : function (require, module, exports) {
${sources.agent}
      };
  run(require, module, module.exports);
})();`;
}
