import { describe, expect, it } from 'vitest';
import { buildBridge, type IpcRendererPort } from '../../../src/preload/build-bridge';
import { windowChannels, windowRoles } from '../../../src/shared/contract/window-channels';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** Electron's ipcRenderer, faked at the edge: records invokes and lets the test emit events. */
function fakeIpcRenderer() {
  const invoked: unknown[][] = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipc: IpcRendererPort = {
    invoke: async (channel, ...args) => {
      invoked.push([channel, ...args]);
      return { ok: true, value: channel };
    },
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipcRenderer-itself' }, payload);
  };
  return { ipc, invoked, emit, listeners };
}

describe('buildBridge', () => {
  it.each(windowRoles)('exposes to the %s window one area per area of its channels, one method per channel', (role) => {
    const { invoke, events } = windowChannels[role];
    const built =
      role === 'agent' ? buildBridge(fakeIpcRenderer().ipc) : buildBridge(fakeIpcRenderer().ipc, invoke, events);
    const bridge = built as unknown as Record<string, Record<string, unknown>>;
    const expected = new Map<string, string[]>();
    for (const name of invoke) {
      const [area = '', action = ''] = name.split(':');
      expected.set(area, [...(expected.get(area) ?? []), action]);
    }
    for (const name of events) {
      const [area = '', happened = ''] = name.split(':');
      expected.set(area, [...(expected.get(area) ?? []), `on${happened.charAt(0).toUpperCase()}${happened.slice(1)}`]);
    }
    expect(Object.keys(bridge).sort()).toEqual([...expected.keys()].sort());
    for (const [area, actions] of expected) expect(Object.keys(bridge[area] ?? {}).sort()).toEqual(actions.sort());
  });

  it('forwards exactly one argument on the declared channel', async () => {
    const fake = fakeIpcRenderer();
    const bridge = buildBridge(fake.ipc, ['caseLog:open'], []) as unknown as {
      caseLog: { open: (...args: unknown[]) => Promise<unknown> };
    };
    await bridge.caseLog.open({ id: 'c1' }, 'smuggled');
    expect(fake.invoked).toEqual([['caseLog:open', { id: 'c1' }]]);
  });

  it('turns area:happened into onHappened, passes the payload only, and unsubscribes', () => {
    const fake = fakeIpcRenderer();
    const bridge = buildBridge(fake.ipc, [], ['challenge:updated']) as unknown as {
      challenge: { onUpdated: (listener: (...args: unknown[]) => void) => () => void };
    };
    const received: unknown[][] = [];
    const unsubscribe = bridge.challenge.onUpdated((...args) => received.push(args));
    fake.emit('challenge:updated', { status: 'PENDING' });
    unsubscribe();
    fake.emit('challenge:updated', { status: 'COMPLETE' });
    expect(received).toEqual([[{ status: 'PENDING' }]]);
    expect(fake.listeners.get('challenge:updated')?.size).toBe(0);
  });

  it('freezes what it builds', () => {
    const bridge = buildBridge(fakeIpcRenderer().ipc) as unknown as Record<string, object>;
    expect(Object.isFrozen(bridge)).toBe(true);
    for (const area of Object.values(bridge)) expect(Object.isFrozen(area)).toBe(true);
  });

  it('rejects a channel that is not named area:action', () => {
    expect(() => buildBridge(fakeIpcRenderer().ipc, ['info'], [])).toThrow(/area:action/);
    expect(() => buildBridge(fakeIpcRenderer().ipc, ['a:b:c'], [])).toThrow(/area:action/);
  });
});
