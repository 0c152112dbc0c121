// Main registers its contract handlers before its services have started, so the window can open while the embedded
// emulator seeds: calls go through the real registration (sender check, contract parse) into handlers that wait.
import { describe, expect, it } from 'vitest';
import { handlersAwaitingStart, notStartedMessage } from '../../../../src/main/ipc/handlers-awaiting-start';
import {
  type ContractHandlers,
  type InvokeEventLike,
  registerContractHandlers,
} from '../../../../src/main/ipc/register-contract-handlers';
import { appOrigin } from '../../../../src/shared/app-origin';
import { type InvokeChannel, invokeChannelNames } from '../../../../src/shared/contract/channel-names';
import type { CustomerLookup } from '../../../../src/shared/lookup/customer-lookup';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

const agentContents = { id: 1 };
const fromAgent: InvokeEventLike = {
  senderFrame: { url: `${appOrigin}/index.html`, parent: null },
  sender: agentContents,
};
const fromCircle: InvokeEventLike = {
  senderFrame: { url: 'https://pw-auth.circle.com/', parent: fromAgent.senderFrame },
  sender: agentContents,
};

/** The services' handlers: lookups answered for the user asked about, every call noted; the rest not under test. */
function servicesHandlers(ran: string[]): ContractHandlers {
  const notUnderTest = Object.fromEntries(
    invokeChannelNames.map((channel: InvokeChannel) => [
      channel,
      () => {
        ran.push(channel);
        throw new Error(`${channel} is not under test`);
      },
    ]),
  ) as unknown as ContractHandlers;
  return {
    ...notUnderTest,
    'customer:lookup': ({ userId }) => {
      ran.push(`customer:lookup ${userId}`);
      return { user: { id: userId } } as unknown as CustomerLookup;
    },
  };
}

function registered() {
  const awaiting = handlersAwaitingStart();
  const listeners = new Map<string, Listener>();
  registerContractHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, awaiting.handlers, {
    trustedOrigins: [appOrigin],
    windowOf: (sender) => (sender === agentContents ? 'agent' : null),
    log: { warn: () => {}, error: () => {} },
  });
  const invoke = (channel: InvokeChannel, input: unknown, event = fromAgent) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`${channel} was not registered`);
    return listener(event, input);
  };
  return { awaiting, listeners, invoke };
}

/** Whether a promise has settled by the time the event loop has gone round once. */
async function settledSoon(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  await new Promise((resolve) => setImmediate(resolve));
  return settled;
}

describe('handlersAwaitingStart', () => {
  it('has one handler per contract channel, so every channel is registered before the services exist', () => {
    expect([...registered().listeners.keys()].sort()).toEqual([...invokeChannelNames].sort());
  });

  it('a lookup made before the services have started waits, then is answered by their handler', async () => {
    const ran: string[] = [];
    const { awaiting, invoke } = registered();
    const lookup = invoke('customer:lookup', { userId: 'user-knows-pin' });
    let start: (handlers: ContractHandlers) => void = () => {};
    awaiting.open(
      new Promise<ContractHandlers>((resolve) => {
        start = resolve;
      }),
    );
    expect(await settledSoon(lookup)).toBe(false);
    expect(ran).toEqual([]);
    start(servicesHandlers(ran));
    expect(await lookup).toEqual({ ok: true, value: { user: { id: 'user-knows-pin' } } });
    expect(ran).toEqual(['customer:lookup user-knows-pin']);
  });

  it('the contract is still checked first: a bad input or a sender main does not trust is refused at once', async () => {
    const { invoke } = registered();
    // Nothing is handed over, so an answer here came before any waiting.
    expect(await invoke('customer:lookup', { userId: 'user-knows-pin', extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await invoke('customer:lookup', { userId: 'user-knows-pin' }, fromCircle)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('a start that fails answers the waiting calls and every later one not-started; no service handler runs', async () => {
    const ran: string[] = [];
    const { awaiting, invoke } = registered();
    const waiting = [invoke('customer:lookup', { userId: 'user-knows-pin' }), invoke('environment:status', undefined)];
    let fail: (error: Error) => void = () => {};
    awaiting.open(
      new Promise<ContractHandlers>((_resolve, reject) => {
        fail = reject;
      }),
    );
    fail(new Error('EACCES: permission denied, open /home/agent/.config/PIN Desk/emulator-state.json'));
    const notStarted = { ok: false, error: { code: 'not-started', message: notStartedMessage } };
    expect(await Promise.all(waiting)).toEqual([notStarted, notStarted]);
    expect(await invoke('app:info', undefined)).toEqual(notStarted);
    expect(ran).toEqual([]);
  });

  it('the services are handed over once', () => {
    const { awaiting } = registered();
    awaiting.open(Promise.resolve(servicesHandlers([])));
    expect(() => awaiting.open(Promise.resolve(servicesHandlers([])))).toThrow(/twice/);
  });
});
