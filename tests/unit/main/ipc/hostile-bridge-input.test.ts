// Every invoke channel under generated hostile input, through the real registration path (sender check, zod parse,
// handler) into main's real services on a real emulator. A compromised renderer can send anything: each call must
// answer with the contract's envelope, never reach a handler with input its schema refuses, never change a prototype,
// and never be an unexplained `internal` failure. Seeded and reproducible: fast-check prints the seed and the
// shrunk input of any failure. `PIN_DESK_FUZZ_RUNS` sets the runs per channel (a longer run: 20000).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ContractHandlers,
  type InvokeEventLike,
  registerContractHandlers,
} from '../../../../src/main/ipc/register-contract-handlers';
import { appOrigin } from '../../../../src/shared/app-origin';
import { type InvokeChannel, invokeChannelNames } from '../../../../src/shared/contract/channel-names';
import { invokeContract } from '../../../../src/shared/contract/ipc-contract';
import { bridgeErrorCodes } from '../../../../src/shared/contract/ipc-result';
import { mayInvoke, type WindowRole } from '../../../../src/shared/contract/window-channels';
import { validInputs } from '../../../support/contract-samples';
import { type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';

const runsPerChannel = Number(process.env.PIN_DESK_FUZZ_RUNS ?? 300);
const seed = Number(process.env.PIN_DESK_FUZZ_SEED ?? Date.now() % 2 ** 31);

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** Main's two windows, known by their webContents (faked at the edge): each channel is open to one of them. */
const windowContents: Record<WindowRole, object> = { agent: { id: 1 }, customer: { id: 2 } };
const windowOf = (sender: unknown): WindowRole | null =>
  sender === windowContents.agent ? 'agent' : sender === windowContents.customer ? 'customer' : null;
const topFrame = { url: `${appOrigin}/index.html`, parent: null };
const trustedFor = (channel: InvokeChannel): InvokeEventLike => ({
  senderFrame: topFrame,
  sender: windowContents[mayInvoke('customer', channel) ? 'customer' : 'agent'],
});
/** Refused for every channel: a sub-frame, another origin, a gone frame, a window main did not open, the other window. */
const untrustedFor = (channel: InvokeChannel): InvokeEventLike[] => [
  { senderFrame: { url: 'https://pw-auth.circle.com/', parent: topFrame }, sender: trustedFor(channel).sender },
  { senderFrame: { url: 'http://localhost:47292/index.html', parent: null }, sender: trustedFor(channel).sender },
  { senderFrame: null, sender: trustedFor(channel).sender },
  { senderFrame: topFrame, sender: { id: 3 } },
  { senderFrame: topFrame, sender: windowContents[mayInvoke('customer', channel) ? 'agent' : 'customer'] },
];

/** Strings at and past the bounds the contract uses (IDs, names, notes, keys), and a few that mean something. */
const boundaryString = fc
  .oneof(
    fc.constantFrom(0, 1, 5, 36, 40, 41, 50, 51, 80, 81, 100, 101, 200, 201, 300, 301, 400, 401, 500, 501, 2000, 2001),
    fc.integer({ min: 0, max: 70_000 }),
  )
  .chain((length) =>
    fc.constantFrom('x'.repeat(length), ' '.repeat(length), '\u0000'.repeat(length), 'é'.repeat(length)),
  );
const meaningfulString = fc.constantFrom(
  '__proto__',
  'constructor',
  '../../etc/passwd',
  'user-knows-pin',
  '7d444840-9dc0-41ce-a1b2-6c0b2b4c2f10',
  'TEST_API_KEY:abc:def',
  'https://evil.example',
  'http://127.0.0.1:9',
  '2026-11-27',
  'javascript:alert(1)',
);
const oddNumber = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 2 ** 53, -1, 1.5);

/** Objects whose own keys are the prototype-bearing names (as JSON.parse makes them, and as a renderer could). */
const prototypeKeys = fc
  .record({
    key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
    value: fc.oneof(fc.constant({ polluted: true }), fc.constant({ prototype: { polluted: true } }), fc.anything()),
  })
  .map(({ key, value }) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value) ?? 'null'}}`) as object);

function deeplyNested(depth: number): unknown {
  let value: unknown = { polluted: true };
  for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { inner: value };
  return value;
}

class NotPlain {
  constructor(readonly userId = 'user-knows-pin') {}
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 4,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  }),
  boundaryString,
  meaningfulString,
  oddNumber,
  prototypeKeys,
  fc.constantFrom(
    deeplyNested(2000),
    new Array(100_000).fill('x'),
    new NotPlain(),
    Object.create(null),
    () => 'a function',
    Symbol('sym'),
  ),
);

/** The channel's valid sample with one key replaced, dropped or added, or a prototype key smuggled in. */
function mutatedSample(channel: InvokeChannel): fc.Arbitrary<unknown> {
  const sample = validInputs[channel] as Record<string, unknown>;
  const keys = Object.keys(sample);
  const replaced = keys.length
    ? fc
        .record({ key: fc.constantFrom(...keys), value: hostileValue })
        .map(({ key, value }) => ({ ...sample, [key]: value }))
    : hostileValue;
  const dropped = keys.length
    ? fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(sample).filter(([name]) => name !== key)))
    : fc.constant({});
  const added = fc
    .record({
      key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype')),
      value: hostileValue,
    })
    .map(({ key, value }) => {
      const extended: Record<string, unknown> = { ...sample };
      // Defined, not assigned: a `__proto__` key stays an own key, as JSON.parse in a renderer would make it.
      Object.defineProperty(extended, key, { value, enumerable: true, writable: true, configurable: true });
      return extended;
    });
  // The sample itself now and then: valid calls run the real handlers, which is slower and rarer in an attack.
  return fc.oneof(
    { weight: 10, arbitrary: replaced },
    { weight: 4, arbitrary: dropped },
    { weight: 5, arbitrary: added },
    { weight: 1, arbitrary: fc.constant(sample) },
  );
}

/** What a hostile renderer passes to `invoke(channel, …)`: no argument, one, or several. */
function hostileArgs(channel: InvokeChannel): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    { weight: 4, arbitrary: mutatedSample(channel).map((input) => [input]) },
    { weight: 3, arbitrary: hostileValue.map((input) => [input]) },
    { weight: 1, arbitrary: fc.constant<unknown[]>([]) },
    { weight: 1, arbitrary: fc.array(hostileValue, { minLength: 2, maxLength: 3 }) },
  );
}

function prototypeFingerprint(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((prototype) => Object.getOwnPropertyNames(prototype).sort().join(','))
    .join('|');
}

let underTest: ServicesUnderTest;
const listeners = new Map<string, Listener>();
const handlerCalls: { channel: InvokeChannel; input: unknown }[] = [];

beforeAll(async () => {
  underTest = await startServicesUnderTest({
    // Only loopback is reachable: a generated key or URL that passes its local checks must not leave the machine.
    fetch: async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') throw new TypeError('fetch failed');
      return fetch(input, init);
    },
  });
  const real = underTest.services.handlers;
  const recording = Object.fromEntries(
    invokeChannelNames.map((channel) => [
      channel,
      (input: unknown) => {
        handlerCalls.push({ channel, input });
        return (real[channel] as (input: unknown) => unknown)(input);
      },
    ]),
  ) as unknown as ContractHandlers;
  registerContractHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, recording, {
    trustedOrigins: [appOrigin],
    windowOf,
    log: { warn: () => {}, error: () => {} },
  });
});

afterAll(async () => {
  await underTest.stop();
});

function isEnvelope(result: unknown): boolean {
  if (typeof result !== 'object' || result === null) return false;
  const answer = result as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  if (answer.ok === true) return 'value' in answer;
  return answer.ok === false && typeof answer.error?.code === 'string' && typeof answer.error.message === 'string';
}

describe(`every channel under generated hostile input (${runsPerChannel} runs each, seed ${seed})`, () => {
  const before = prototypeFingerprint();

  it.each(invokeChannelNames)(
    '%s',
    async (channel) => {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`${channel} was not registered`);
      const trusted = trustedFor(channel);
      const untrusted = untrustedFor(channel);
      await fc.assert(
        fc.asyncProperty(hostileArgs(channel), fc.nat(9), async (args, senderPick) => {
          const event = senderPick < 8 ? trusted : (untrusted[senderPick % untrusted.length] as InvokeEventLike);
          const callsBefore = handlerCalls.length;
          const result = (await listener(event, ...args)) as { ok: boolean; error?: { code: string } };
          const reachedHandler = handlerCalls.length > callsBefore;

          expect(isEnvelope(result)).toBe(true);
          expect(result.error?.code).not.toBe(bridgeErrorCodes.internal);
          const parses = args.length <= 1 && invokeContract[channel].input.safeParse(args[0]).success;
          if (event !== trusted || !parses) expect(reachedHandler).toBe(false);
          if (event !== trusted) expect(result.error?.code).toBe(bridgeErrorCodes.forbiddenSender);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(prototypeFingerprint()).toBe(before);
        }),
        { numRuns: runsPerChannel, seed, endOnFailure: true },
      );
      // A channel whose valid inputs reach a network (teamLog:list after a fuzzed teamLog:save turned the team log on
      // at an address that refuses) spends a few ms per run: 15 s for 300 on a quiet machine, more under load.
    },
    90_000,
  );

  it('leaves the console answering afterwards', async () => {
    const info = (await listeners.get('app:info')?.(trustedFor('app:info'))) as {
      ok: boolean;
      value?: { version: string };
    };
    expect(info).toMatchObject({ ok: true, value: { version: '0.0.0-test' } });
    expect(prototypeFingerprint()).toBe(before);
  });
});
