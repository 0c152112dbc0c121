import type { PinDeskApi } from '../shared/contract/pin-desk-api';
import { windowChannels } from '../shared/contract/window-channels';

/** The slice of Electron's ipcRenderer the bridge uses; the test bed supplies its own. */
export interface IpcRendererPort {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

type Member = (...args: never[]) => unknown;

function splitChannel(channel: string): [area: string, name: string] {
  const [area, name, ...rest] = channel.split(':');
  if (!area || !name || rest.length > 0) throw new Error(`Channel "${channel}" is not named area:action`);
  return [area, name];
}

/**
 * Builds a window's bridge from its channel names alone (by default the agent's, `window.pinDesk`). Each invoke
 * member forwards exactly one argument; each event member hands the listener the payload only, never Electron's event
 * (its `sender` would leak ipcRenderer).
 */
export function buildBridge<Api = PinDeskApi>(
  ipc: IpcRendererPort,
  invokeNames: readonly string[] = windowChannels.agent.invoke,
  eventNames: readonly string[] = windowChannels.agent.events,
): Api {
  const areas = new Map<string, Record<string, Member>>();
  const areaOf = (area: string) => {
    const existing = areas.get(area);
    if (existing) return existing;
    const created: Record<string, Member> = {};
    areas.set(area, created);
    return created;
  };

  for (const channel of invokeNames) {
    const [area, action] = splitChannel(channel);
    areaOf(area)[action] = (input?: unknown) => ipc.invoke(channel, input);
  }
  for (const channel of eventNames) {
    const [area, happened] = splitChannel(channel);
    const method = `on${happened.charAt(0).toUpperCase()}${happened.slice(1)}`;
    areaOf(area)[method] = (listener: (payload: unknown) => void) => {
      const forward = (_event: unknown, payload: unknown) => listener(payload);
      ipc.on(channel, forward);
      return () => {
        ipc.removeListener(channel, forward);
      };
    };
  }

  const api: Record<string, Readonly<Record<string, Member>>> = {};
  for (const [area, members] of areas) api[area] = Object.freeze(members);
  return Object.freeze(api) as unknown as Api;
}
