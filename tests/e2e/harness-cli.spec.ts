import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium, expect, test } from '@playwright/test';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return waitForLines(child, [pattern], timeoutMs).then(([line]) => line ?? '');
}

/** The first line matching each pattern, once all have been printed. */
function waitForLines(child: ChildProcess, patterns: RegExp[], timeoutMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`no ${patterns.join(', ')} within ${timeoutMs} ms; output:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const lines = output.split('\n');
      const found = patterns.map((pattern) => lines.find((line) => pattern.test(line)));
      if (found.every((line) => line !== undefined)) {
        clearTimeout(timer);
        resolve(found as string[]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`harness exited with ${code}; output:\n${output}`)));
  });
}

test('the headless harness prints its ready line and a CDP client can drive the real UI', async () => {
  const port = await freePort();
  // The harness itself runs on the existing build (the test run builds first), as `npm run harness` would after it.
  const harness = spawn('npx', ['tsx', 'tests/harness/cli.ts', '--headless', `--remote-debugging-port=${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  try {
    const ready = await waitForLine(harness, /^PIN Desk ready: /, 30_000);
    expect(ready).toBe('PIN Desk ready: http://localhost:47291/index.html');
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const page = browser
      .contexts()[0]
      ?.pages()
      .find((candidate) => candidate.url().startsWith('http://localhost:47291/'));
    if (!page) throw new Error('the harness page is not visible over CDP');
    await expect(page.getByTestId('app-environment')).toHaveText('Local emulator');
    expect(await page.evaluate(() => window.pinDesk.app.info())).toMatchObject({ ok: true });
    await browser.close();
  } finally {
    if (harness.pid) process.kill(-harness.pid, 'SIGTERM');
  }
});

test('--circle-shaped opens the console on Circle testnet against a Circle-shaped emulator of its own', async () => {
  const port = await freePort();
  const harness = spawn(
    'npx',
    ['tsx', 'tests/harness/cli.ts', '--circle-shaped', '--headless', `--remote-debugging-port=${port}`],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  try {
    const [emulatorLine, ready] = await waitForLines(harness, [/^PIN Desk emulator: /, /^PIN Desk ready: /], 40_000);
    expect(ready).toBe('PIN Desk ready: http://localhost:47291/index.html');
    const [, baseUrl, apiKey] = emulatorLine?.split(' ').slice(2) ?? [];
    expect(emulatorLine).toMatch(/^PIN Desk emulator: http:\/\/127\.0\.0\.1:\d+ TEST_API_KEY:\w+:\w+$/);
    const appId = (
      (await (
        await fetch(`${baseUrl}/v1/w3s/config/entity`, {
          headers: { authorization: `Bearer ${apiKey}` },
        })
      ).json()) as { data: { appId: string } }
    ).data.appId;
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const page = browser
      .contexts()[0]
      ?.pages()
      .find((candidate) => candidate.url().startsWith('http://localhost:47291/'));
    if (!page) throw new Error('the harness page is not visible over CDP');
    await expect(page.getByTestId('app-environment')).toHaveText('Circle testnet');
    const settings = await page.evaluate(() => window.pinDesk.settings.get());
    if (!settings.ok) throw new Error(settings.error.message);
    const testnet = settings.value.environments.find((entry) => entry.id === 'circle-testnet');
    expect(settings.value.active).toBe('circle-testnet');
    expect(testnet).toMatchObject({ defaultBaseUrl: 'https://api.circle.com', key: { stored: true, appId } });
    expect(testnet?.baseUrl ?? testnet?.defaultBaseUrl).toBe('https://api.circle.com');
    await browser.close();
  } finally {
    if (harness.pid) process.kill(-harness.pid, 'SIGTERM');
  }
});
