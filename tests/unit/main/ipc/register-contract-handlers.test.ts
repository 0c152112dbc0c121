import { describe, expect, it } from 'vitest';
import { readAppInfo } from '../../../../src/main/app-info/app-info';
import { AgentFailure } from '../../../../src/main/failures/agent-failure';
import {
  type ContractHandlers,
  type InvokeEventLike,
  registerContractHandlers,
} from '../../../../src/main/ipc/register-contract-handlers';
import { appOrigin } from '../../../../src/shared/app-origin';
import { type InvokeChannel, invokeChannelNames } from '../../../../src/shared/contract/channel-names';
import { mayInvoke, windowChannels, windowOfEvent } from '../../../../src/shared/contract/window-channels';
import { validInputs } from '../../../support/contract-samples';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

const topFrame = { url: `${appOrigin}/index.html`, parent: null };
/** Electron's webContents of main's two windows, faked at the edge: main knows each by identity. */
const agentContents = { id: 1 };
const customerContents = { id: 2 };
const windowOf = (sender: unknown) =>
  sender === agentContents ? 'agent' : sender === customerContents ? 'customer' : null;
const fromAgent = (senderFrame: InvokeEventLike['senderFrame'] = topFrame): InvokeEventLike => ({
  senderFrame,
  sender: agentContents,
});

function register(handlers: ContractHandlers) {
  const listeners = new Map<string, Listener>();
  const log: string[] = [];
  registerContractHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, handlers, {
    trustedOrigins: [appOrigin],
    windowOf,
    log: { warn: (message) => log.push(message), error: (message) => log.push(message) },
  });
  const call = (event: InvokeEventLike, ...args: unknown[]) => {
    const listener = listeners.get('app:info');
    if (!listener) throw new Error('app:info was not registered');
    return listener(event, ...args);
  };
  return { listeners, log, call };
}

const appInfo = () => readAppInfo({ version: '9.9.9', platform: 'linux', activeEnvironment: () => 'local-emulator' });

/** Registration is under test here, not the handlers: every channel but app:info refuses to be called. */
function handlersWith(overrides: Partial<ContractHandlers> = {}): ContractHandlers {
  const notUnderTest = Object.fromEntries(
    invokeChannelNames.map((channel: InvokeChannel) => [
      channel,
      () => {
        throw new Error(`${channel} is not under test`);
      },
    ]),
  ) as unknown as ContractHandlers;
  return { ...notUnderTest, 'app:info': appInfo, ...overrides };
}

const realHandlers = () => handlersWith();

describe('registerContractHandlers', () => {
  it('registers one listener per contract channel', () => {
    expect([...register(realHandlers()).listeners.keys()].sort()).toEqual([...invokeChannelNames].sort());
  });

  it('answers a trusted call with the handler value', async () => {
    expect(await register(realHandlers()).call(fromAgent())).toEqual({
      ok: true,
      value: { version: '9.9.9', platform: 'linux', environment: { id: 'local-emulator', label: 'Local emulator' } },
    });
  });

  it.each([
    ['a sub-frame of the app', { url: `${appOrigin}/index.html`, parent: {} }, 'sub-frames'],
    ['the hosted PIN UI frame', { url: 'https://pw-auth.circle.com/?origin=x', parent: {} }, 'sub-frames'],
    ['a top frame on another origin', { url: 'https://evil.example/index.html', parent: null }, 'https://evil.example'],
    ['a lookalike origin', { url: 'http://localhost.evil.example:47291/', parent: null }, 'not the app origin'],
    ['an https twin of the app origin', { url: 'https://localhost:47291/', parent: null }, 'not the app origin'],
    ['the app port on 127.0.0.1', { url: 'http://127.0.0.1:47291/', parent: null }, 'not the app origin'],
    ['another localhost port', { url: 'http://localhost:5173/', parent: null }, 'not the app origin'],
    ['a file: page', { url: 'file:///tmp/index.html', parent: null }, 'not the app origin'],
    ['a frame with no URL', { url: '', parent: null }, 'no valid URL'],
    ['a destroyed frame', null, 'gone'],
  ])('refuses %s', async (_label, senderFrame, reason) => {
    let ran = false;
    const { call, log } = register(
      handlersWith({
        'app:info': () => {
          ran = true;
          return appInfo();
        },
      }),
    );
    const result = await call(fromAgent(senderFrame));
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden-sender', message: expect.stringContaining(reason) },
    });
    expect(ran).toBe(false);
    expect(log.join('\n')).toContain('app:info: refused call');
  });

  it('refuses input that does not parse, naming the problem but not echoing values', async () => {
    const { call } = register(realHandlers());
    const result = (await call(fromAgent(), { apiKey: 'TEST_API_KEY:abc:s3cr3t-value' })) as {
      ok: false;
      error: { code: string; message: string };
    };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toContain('apiKey');
    expect(result.error.message).not.toContain('s3cr3t-value');
  });

  it('refuses more than one argument', async () => {
    const result = await register(realHandlers()).call(fromAgent(), {}, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('turns an unexpected handler failure into a plain internal error without a stack, and keeps serving', async () => {
    let fail = true;
    const { call, log } = register(
      handlersWith({
        'app:info': () => {
          if (fail) throw new Error('database exploded at /home/agent/secret/path');
          return appInfo();
        },
      }),
    );
    const result = (await call(fromAgent())) as { ok: false; error: Record<string, unknown> };
    expect(Object.keys(result.error).sort()).toEqual(['code', 'message']);
    expect(result.error.code).toBe('internal');
    expect(String(result.error.message)).not.toMatch(/exploded|secret|\n\s+at /);
    expect(structuredClone(result)).toEqual(result);
    expect(log.join('\n')).toMatch(/app:info failed \(reference [0-9a-f]{8}\)/);
    fail = false;
    expect(await call(fromAgent())).toMatchObject({ ok: true });
  });

  it('passes a AgentFailure through with its code, message and Circle details', async () => {
    const { call } = register(
      handlersWith({
        'app:info': async () => {
          throw new AgentFailure('circle-error', 'Circle does not know this user.', { code: 155102, status: 404 });
        },
      }),
    );
    expect(await call(fromAgent())).toEqual({
      ok: false,
      error: {
        code: 'circle-error',
        message: 'Circle does not know this user.',
        circle: { code: 155102, status: 404 },
      },
    });
  });
});

describe('the per-sender channel table', () => {
  const customerSlice = [
    'customerWindow:showing',
    'customerWindow:report',
    'customerWindow:renewSession',
    'customerWindow:forgotPin',
  ];

  it("gives the customer window exactly its slice, and the agent's window everything else", () => {
    expect([...windowChannels.customer.invoke].sort()).toEqual(customerSlice.sort());
    expect(windowChannels.customer.events).toEqual(['customerWindow:changed']);
    expect([...windowChannels.agent.invoke, ...windowChannels.customer.invoke].sort()).toEqual(
      [...invokeChannelNames].sort(),
    );
    expect(windowChannels.agent.invoke.filter((channel) => customerSlice.includes(channel))).toEqual([]);
    expect(windowChannels.agent.events).not.toContain('customerWindow:changed');
  });

  /** Every channel with a valid input, its handler recording that it ran: what each window reached. */
  async function reachedFrom(sender: unknown, senderFrame = topFrame): Promise<string[]> {
    const ran: string[] = [];
    const recording = Object.fromEntries(
      invokeChannelNames.map((channel) => [
        channel,
        () => {
          ran.push(channel);
          return null;
        },
      ]),
    ) as unknown as ContractHandlers;
    const { listeners, log } = register(recording);
    for (const channel of invokeChannelNames) {
      const result = (await listeners.get(channel)?.({ senderFrame, sender }, validInputs[channel])) as {
        ok: boolean;
        error?: { code: string; message: string };
      };
      if (!ran.includes(channel)) {
        expect(result, channel).toEqual({
          ok: false,
          error: { code: 'forbidden-sender', message: expect.any(String) },
        });
        expect(log.join('\n')).toContain(`${channel}: refused call`);
      }
    }
    return ran;
  }

  it("lets the agent's window reach every channel but the customer window's", async () => {
    expect((await reachedFrom(agentContents)).sort()).toEqual([...windowChannels.agent.invoke].sort());
  });

  it('lets the customer window reach its slice only, and says why the rest is refused', async () => {
    expect((await reachedFrom(customerContents)).sort()).toEqual(customerSlice.sort());
    const { listeners } = register(handlersWith());
    const refused = await listeners.get('caseLog:list')?.({ senderFrame: topFrame, sender: customerContents }, {});
    expect(refused).toMatchObject({
      error: { message: 'Call refused: caseLog:list is not open to the customer window.' },
    });
  });

  it("keeps the console's developer and menu channels (issues 15 and 18) out of the customer window's reach", async () => {
    const agentOnly = [
      'liveCase:execute',
      'liveCase:replaceToken',
      'liveCase:copyId',
      'emulator:openControlPage',
      'emulator:revealKey',
      'emulator:reset',
      'settings:setDeveloperDetails',
    ] as const;
    const { listeners } = register(handlersWith());
    for (const channel of agentOnly) {
      expect(mayInvoke('customer', channel), channel).toBe(false);
      expect(mayInvoke('agent', channel), channel).toBe(true);
      const refused = await listeners.get(channel)?.(
        { senderFrame: topFrame, sender: customerContents },
        validInputs[channel],
      );
      expect(refused, channel).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender', message: `Call refused: ${channel} is not open to the customer window.` },
      });
    }
    // Main's events of those issues go to the agent's window only: the customer window never hears them.
    for (const event of ['liveCase:tokenRefused', 'menu:commandChosen', 'challenge:updated'] as const) {
      expect(windowOfEvent(event), event).toBe('agent');
      expect(windowChannels.customer.events, event).not.toContain(event);
    }
  });

  it('refuses everything from a webContents main did not open, and from sub-frames of either window', async () => {
    expect(await reachedFrom({ id: 3 })).toEqual([]);
    expect(await reachedFrom(undefined)).toEqual([]);
    const circleFrame = { url: 'https://pw-auth.circle.com/?origin=x', parent: topFrame };
    expect(await reachedFrom(customerContents, circleFrame as never)).toEqual([]);
    expect(await reachedFrom(agentContents, circleFrame as never)).toEqual([]);
  });
});
