// Main takes every channel by name before its window exists and loads the contract's checks (zod) after: a call made
// meanwhile waits and then goes through the real registration — sender check and input validation — unchanged.
import { describe, expect, it } from 'vitest';
import { ipcMainAwaitingContract } from '../../../../src/main/ipc/ipc-main-awaiting-contract';
import {
  type ContractHandlers,
  type InvokeEventLike,
  registerContractHandlers,
} from '../../../../src/main/ipc/register-contract-handlers';
import { appOrigin } from '../../../../src/shared/app-origin';
import { invokeChannelNames } from '../../../../src/shared/contract/channel-names';
import { invokeContract } from '../../../../src/shared/contract/ipc-contract';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

const agent = { id: 1 };
const fromAgent: InvokeEventLike = { senderFrame: { url: `${appOrigin}/index.html`, parent: null }, sender: agent };
const fromElsewhere: InvokeEventLike = { senderFrame: { url: 'https://example.com/', parent: null }, sender: agent };
const options = {
  trustedOrigins: [appOrigin],
  windowOf: (sender: unknown) => (sender === agent ? ('agent' as const) : null),
  log: { warn: () => undefined, error: () => undefined },
};

function electronIpcMain() {
  const listeners = new Map<string, Listener>();
  return { listeners, handle: (channel: string, listener: Listener) => listeners.set(channel, listener) };
}

const handlers = {
  'app:info': () => ({ version: '1.2.3', platform: 'linux', environment: 'local-emulator' }),
} as unknown as ContractHandlers;

describe('ipcMainAwaitingContract', () => {
  it('takes every contract channel at once, by name, before the contract is handed over', () => {
    const ipcMain = electronIpcMain();
    ipcMainAwaitingContract(ipcMain, invokeChannelNames);
    expect([...ipcMain.listeners.keys()].sort()).toEqual(Object.keys(invokeContract).sort());
  });

  it('holds a call made before the contract loads, then answers it through the real checks', async () => {
    const ipcMain = electronIpcMain();
    const awaiting = ipcMainAwaitingContract(ipcMain, invokeChannelNames);
    const early = ipcMain.listeners.get('app:info')?.(fromAgent, {});
    const refused = ipcMain.listeners.get('app:info')?.(fromElsewhere, {});
    const invalid = ipcMain.listeners.get('app:info')?.(fromAgent, { extra: 1 });
    let settled = false;
    void early?.then(() => {
      settled = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    awaiting.open((port) => registerContractHandlers(port, handlers, options));
    await expect(early).resolves.toEqual({
      ok: true,
      value: { version: '1.2.3', platform: 'linux', environment: 'local-emulator' },
    });
    await expect(refused).resolves.toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    await expect(invalid).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // Later calls go straight through.
    await expect(ipcMain.listeners.get('app:info')?.(fromAgent, {})).resolves.toMatchObject({ ok: true });
  });

  it('rejects every call, waiting or later, when the contract cannot load; a second hand-over is a bug', async () => {
    const ipcMain = electronIpcMain();
    const awaiting = ipcMainAwaitingContract(ipcMain, invokeChannelNames);
    const early = ipcMain.listeners.get('app:info')?.(fromAgent, {});
    awaiting.fail(new Error('chunk missing'));
    await expect(early).rejects.toThrow('chunk missing');
    await expect(ipcMain.listeners.get('customer:lookup')?.(fromAgent, { userId: 'u' })).rejects.toThrow(
      'chunk missing',
    );
    expect(() => awaiting.open(() => undefined)).toThrow('handed over twice');
  });

  it('a name the contract does not register is refused, not left hanging', async () => {
    const ipcMain = electronIpcMain();
    const awaiting = ipcMainAwaitingContract(ipcMain, ['app:info', 'app:unknown']);
    awaiting.open((port) => port.handle('app:info', async () => 'answered'));
    await expect(ipcMain.listeners.get('app:info')?.(fromAgent)).resolves.toBe('answered');
    await expect(ipcMain.listeners.get('app:unknown')?.(fromAgent)).rejects.toThrow('no place in the contract');
  });
});
