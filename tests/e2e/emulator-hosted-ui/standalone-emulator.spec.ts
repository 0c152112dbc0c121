// The hosted PIN UI as `npm run emulator` serves it: the emulator runs under tsx, whose transform wraps functions
// in `__name(…)` — the case that breaks a page script shipped as `fn.toString()` if the page does not provide it.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { initiateUserControlledWalletsClient } from '@circle-fin/user-controlled-wallets';
import { clickThatMayClose } from '../../support/browser/closing-input';
import { enter, expectPinScreen } from '../../support/browser/hosted-ui-steps';
import { seededPin } from '../../support/seeded-customer';
import { expect, openSdkPage, test } from './hosted-ui-fixture';

const projectRoot = resolve(import.meta.dirname, '../../..');

async function startStandalone(): Promise<{ child: ChildProcess; baseUrl: string; apiKey: string; appId: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/emulator/standalone.ts', '--port', '0'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`standalone emulator did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const baseUrl = /listening at (\S+)/.exec(output)?.[1];
      const apiKey = /API key: (\S+)/.exec(output)?.[1];
      const appId = /App ID: (\S+)/.exec(output)?.[1];
      if (baseUrl && apiKey && appId) {
        clearTimeout(timer);
        resolvePromise({ child, baseUrl, apiKey, appId });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`standalone emulator exited (${code}):\n${output}`)));
  });
}

test('under `npm run emulator` (tsx) the page script runs: handshake, PIN check, cancel', async ({
  chromiumBrowser,
  sdkPageRoot,
}) => {
  const standalone = await startStandalone();
  try {
    const sdk = initiateUserControlledWalletsClient({ apiKey: standalone.apiKey, baseUrl: standalone.baseUrl });
    const token = (await sdk.createUserToken({ userId: 'user-knows-pin' })).data;
    if (!token?.encryptionKey) throw new Error('no token');
    const { userToken, encryptionKey } = token;
    const started = await sdk.updateUserPin({ userToken, idempotencyKey: randomUUID() });
    const challengeId = started.data?.challengeId ?? '';
    const opened = await openSdkPage(chromiumBrowser, sdkPageRoot, `${standalone.baseUrl}/pw-auth/`);
    const { sdkPage } = opened;
    try {
      await sdkPage.run({ appId: standalone.appId, userToken, encryptionKey, challengeId });
      await expectPinScreen(sdkPage, 'Current PIN');
      await enter(sdkPage, 'Current PIN', seededPin);
      await expectPinScreen(sdkPage, 'New PIN');
      await clickThatMayClose(sdkPage.page, sdkPage.hostedUi.getByRole('button', { name: 'Cancel', exact: true }));
      await expect(sdkPage.page.locator('#sdkIframe')).toHaveCount(0);
      expect(await sdkPage.messages()).toEqual([{ onFrameReady: true }, { showUi: true }, { onClose: true }]);
      expect(sdkPage.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  } finally {
    standalone.child.kill('SIGTERM');
  }
});
