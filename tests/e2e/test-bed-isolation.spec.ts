// The worker's Chromium serves test after test (test-bed-fixture.ts); everything else is each test's own. The first
// test leaves behind what a test could: browser storage of every kind, a cookie, an open page, a setting, a file in
// the user-data folder, a fault waiting in the emulator. The second, next in the same worker, must see none of it.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { injectFault, pendingFaults } from '../support/emulator-controls';
import { expect, test } from './test-bed-fixture';

// In order, in one worker, even if the suite ever runs tests of one file in parallel.
test.describe.configure({ mode: 'default' });

let first: { browser: Browser; userDataDir: string; emulatorBaseUrl: string; defaultAgentName: string } | undefined;

test('a test leaves things behind: storage, a cookie, a second page, a setting, a file, an emulator fault', async ({
  testBed,
}) => {
  const { page, services, emulator, userDataDir } = testBed;
  const defaultAgentName = (await services.handlers['settings:get'](undefined)).agentName;
  await page.evaluate(async () => {
    localStorage.setItem('left-behind', 'yes');
    sessionStorage.setItem('left-behind', 'yes');
    await (await caches.open('left-behind')).put('/left-behind', new Response('yes'));
    await new Promise<void>((resolve, reject) => {
      const opening = indexedDB.open('left-behind');
      opening.onupgradeneeded = () => opening.result.createObjectStore('things');
      opening.onsuccess = () => {
        opening.result.close();
        resolve();
      };
      opening.onerror = () => reject(opening.error);
    });
  });
  await testBed.context.addCookies([{ name: 'left-behind', value: 'yes', url: page.url() }]);
  await testBed.context.newPage();
  await services.handlers['settings:setAgentName']({ agentName: 'Left Behind' });
  await writeFile(join(userDataDir, 'left-behind.txt'), 'yes');
  await injectFault(emulator, { method: 'GET', path: '/v1/w3s/users', status: 500, times: 5 });
  expect(await pendingFaults(emulator)).toHaveLength(1);
  first = { browser: testBed.browser, userDataDir, emulatorBaseUrl: emulator.baseUrl, defaultAgentName };
});

test('the next test sees none of it', async ({ testBed }) => {
  expect(first, 'runs after the first test, in the same worker').toBeDefined();
  if (!first) return;
  const { page, services, emulator, userDataDir } = testBed;
  // Only Chromium is shared: the check below is about a real reuse, not two separate browsers.
  expect(testBed.browser).toBe(first.browser);
  expect(testBed.context.pages()).toEqual([page]);
  expect(await testBed.context.cookies()).toEqual([]);
  const left = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    caches: await caches.keys(),
    databases: (await indexedDB.databases()).map((database) => database.name),
  }));
  expect(left).toEqual({ local: 0, session: 0, caches: [], databases: [] });
  expect((await services.handlers['settings:get'](undefined)).agentName).toBe(first.defaultAgentName);
  expect(userDataDir).not.toBe(first.userDataDir);
  expect(existsSync(first.userDataDir)).toBe(false);
  expect(existsSync(join(userDataDir, 'left-behind.txt'))).toBe(false);
  expect(emulator.baseUrl).not.toBe(first.emulatorBaseUrl);
  expect(await pendingFaults(emulator)).toEqual([]);
  // The first test's main and emulator are gone, not merely idle.
  await expect(fetch(`${first.emulatorBaseUrl}/ping`)).rejects.toThrow();
});
