import { readFile } from 'node:fs/promises';
import { appOrigin } from '../../src/shared/app-origin';
import { windowChannels } from '../../src/shared/contract/window-channels';
import { builtCustomerPreloadPath, builtPreloadPath } from '../harness/test-bed';
import { expect, test } from './test-bed-fixture';

/** The agent window's areas (the customer window's slice is its own: customer-screen tests). */
const contractAreas = [
  ...new Set([...windowChannels.agent.invoke, ...windowChannels.agent.events].map((name) => name.split(':')[0])),
].sort();

test('the app loads on its loopback origin and shows what app:info returns through the real preload', async ({
  testBed,
  pageProblems,
}) => {
  const { page } = testBed;
  await expect(page.getByRole('heading', { name: 'PIN Desk' })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(appOrigin);
  const version = JSON.parse(await readFile('package.json', 'utf8')).version as string;
  await expect(page.getByTestId('app-version')).toHaveText(version);
  await expect(page.getByTestId('app-platform')).toHaveText(process.platform);
  await expect(page.getByTestId('app-environment')).toHaveText('Local emulator');
  const roundTrip = await page.evaluate(() => window.pinDesk.app.info());
  expect(roundTrip).toEqual({
    ok: true,
    value: { version, platform: process.platform, environment: { id: 'local-emulator', label: 'Local emulator' } },
  });
  expect(pageProblems.errors).toEqual([]);
});

test("window.pinDesk holds exactly the agent window's contract areas and is frozen", async ({ testBed }) => {
  const { page } = testBed;
  const shape = await page.evaluate(() => ({
    keys: Object.keys(window.pinDesk).sort(),
    appKeys: Object.keys(window.pinDesk.app).sort(),
    frozen: Object.isFrozen(window.pinDesk) && Object.isFrozen(window.pinDesk.app),
    replaced: (() => {
      try {
        (window as unknown as { pinDesk: unknown }).pinDesk = {};
      } catch {
        // strict-mode assignment to a read-only global throws; either way it must not change
      }
      return Object.keys(window.pinDesk).sort();
    })(),
  }));
  expect(shape.keys).toEqual(contractAreas);
  expect(shape.appKeys).toEqual(['info']);
  expect(shape.frozen).toBe(true);
  expect(shape.replaced).toEqual(contractAreas);
});

test('the bridge has no generic invoke: each member sends its own channel and one argument, whatever it is given', async ({
  testBed,
}) => {
  const { page } = testBed;
  testBed.bridgeTraffic.length = 0;
  // Every invoke member called as a generic invoke would be: a channel name first, then more. Main refuses each
  // input (no schema takes a string), so nothing happens but the traffic the test reads.
  const called = await page.evaluate(async () => {
    const calls: { channel: string; answer: unknown }[] = [];
    for (const [area, members] of Object.entries(window.pinDesk as unknown as Record<string, object>)) {
      for (const [name, member] of Object.entries(members as Record<string, (...args: unknown[]) => unknown>)) {
        if (/^on[A-Z]/.test(name)) continue;
        calls.push({ channel: `${area}:${name}`, answer: await member('settings:save', { apiKey: 'x' }, 'extra') });
      }
    }
    return calls;
  });
  expect(called.map((call) => call.channel).sort()).toEqual([...windowChannels.agent.invoke].sort());
  for (const call of called) {
    expect(call.answer, call.channel).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  }
  // What crossed the bridge (the console's own background calls aside): each member's own channel, with only the
  // first argument, and never the channel name it was handed.
  const ours = testBed.bridgeTraffic.filter(
    (entry) => entry.direction === 'invoke' && JSON.stringify(entry.data).includes('settings:save'),
  );
  expect(ours.map((entry) => entry.channel)).toEqual(called.map((call) => call.channel));
  for (const entry of ours) expect(entry.data, entry.channel).toEqual(['settings:save']);
});

test('main rejects bad input with a serializable error and keeps serving', async ({ testBed }) => {
  const { page } = testBed;
  const rejected = await page.evaluate(() =>
    (window.pinDesk.app.info as (input: unknown) => Promise<unknown>)({ unexpected: 'x' }),
  );
  expect(rejected).toEqual({
    ok: false,
    error: { code: 'invalid-input', message: expect.stringContaining('unexpected') },
  });
  expect(JSON.stringify(rejected)).not.toContain('    at ');
  const after = await page.evaluate(() => window.pinDesk.app.info());
  expect(after).toMatchObject({ ok: true });
});

test('a call from a sub-frame is refused by the sender check', async ({ testBed }) => {
  const { page } = testBed;
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>child</p>';
    frame.name = 'child';
    document.body.append(frame);
  });
  await expect.poll(() => page.frame({ name: 'child' })?.url()).toBe('about:srcdoc');
  const child = page.frame({ name: 'child' });
  if (!child) throw new Error('the child frame disappeared');
  const result = await child.evaluate(() =>
    (
      window as unknown as { __pinDeskIpcInvoke: (channel: string, args: unknown[]) => Promise<unknown> }
    ).__pinDeskIpcInvoke('app:info', []),
  );
  expect(result).toEqual({
    ok: false,
    error: { code: 'forbidden-sender', message: expect.stringContaining('sub-frame') },
  });
  expect(testBed.mainLog.join('\n')).toContain('app:info: refused call');
});

test('requests to foreign hosts fail and the policy refuses them', async ({ testBed }) => {
  const { page, context } = testBed;
  const fromPage = await page.evaluate(() =>
    fetch('https://example.com/').then(
      () => 'reached',
      () => 'failed',
    ),
  );
  expect(fromPage).toBe('failed');
  const other = await context.newPage();
  const navigation = await other.goto('https://example.com/').then(
    () => 'loaded',
    (error: Error) => error.message,
  );
  expect(navigation).toContain('ERR_BLOCKED_BY_CLIENT');
  expect(testBed.mainLog.join('\n')).toContain('network policy: refused https://example.com/');
});

test('app files are served with the CSP; traversal and unknown paths are 404', async ({ testBed }) => {
  const { page } = testBed;
  const probe = await page.evaluate(async () => {
    const index = await fetch('/index.html');
    const statuses: Record<string, number> = {};
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/nope.js']) {
      statuses[path] = (await fetch(path)).status;
    }
    return { csp: index.headers.get('content-security-policy'), statuses };
  });
  expect(probe.csp).toBe(
    "default-src 'self'; script-src 'self'; frame-src https://pw-auth.circle.com; object-src 'none'; base-uri 'none'",
  );
  expect(Object.values(probe.statuses)).toEqual([404, 404, 404, 404]);
});

test("each window's preload bundle is one CommonJS file that requires nothing but electron", async () => {
  for (const path of [builtPreloadPath, builtCustomerPreloadPath]) {
    const source = await readFile(path, 'utf8');
    const required = [...source.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);
    expect(required, path).toEqual(['electron']);
    expect(source, path).not.toMatch(/\bimport\s*[({'"]/);
    expect(source, path).not.toContain('zod');
  }
  // Each exposes its own bridge under its own name (the customer window's slice: customer-screen tests).
  const customer = await readFile(builtCustomerPreloadPath, 'utf8');
  expect(customer).toContain('"pinDeskCustomer"');
  expect(customer).not.toContain('"pinDesk"');
  expect(await readFile(builtPreloadPath, 'utf8')).not.toContain('"pinDeskCustomer"');
});
