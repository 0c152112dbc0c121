// For unit tests of main's window modules under `vi.mock('electron', …)`: the `electron` those modules import forwards
// to the stand-in a test made last (`forwardToStandIn`), so each test gets a new Electron without reloading the modules.
import type { StandInElectron } from './electron';

let current: StandInElectron | null = null;

export function forwardToStandIn(electron: StandInElectron): StandInElectron {
  current = electron;
  return electron;
}

function standIn(): StandInElectron {
  if (!current) throw new Error('No stand-in for Electron yet: call forwardToStandIn(standInElectron(…)) first.');
  return current;
}

/** What `import { BrowserWindow, shell } from 'electron'` gives main's window modules. */
export const electronOfCurrentStandIn = {
  // A constructor returning an object: `new BrowserWindow(options)` is the current stand-in's window.
  BrowserWindow: function BrowserWindow(options: Record<string, unknown>) {
    return new (standIn().BrowserWindow)(options);
  },
  shell: { openExternal: (url: string) => standIn().shell.openExternal(url) },
};
