import type { BrowserWindow, Screen } from 'electron';
import type { DisplaysPort } from '../customer-screen/customer-screen-ports';

/** Electron's `screen` as plain data for the customer window's decisions (customer-display.ts). */
export function electronDisplays(screen: Screen, agentWindow: () => BrowserWindow | null): DisplaysPort {
  return {
    layout: () => {
      const agent = agentWindow();
      return {
        displays: screen.getAllDisplays().map((display) => ({
          id: display.id,
          label: display.label ?? '',
          bounds: display.bounds,
          workArea: display.workArea,
        })),
        primaryId: screen.getPrimaryDisplay().id,
        agentDisplayId: agent ? screen.getDisplayMatching(agent.getBounds()).id : null,
      };
    },
    onChanged: (listener) => {
      screen.on('display-added', () => listener());
      screen.on('display-removed', () => listener());
      screen.on('display-metrics-changed', () => listener());
    },
  };
}
