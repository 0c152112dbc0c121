// The hosted PIN UI as `npm run emulator` serves it: the emulator runs under tsx, whose transform wraps functions
// in `__name(…)` — the case that breaks a page script shipped as `fn.toString()` if the page does not provide it.
import { clickThatMayClose } from '../../support/browser/closing-input';
import { enter, expectPinScreen } from '../../support/browser/hosted-ui-steps';
import { challengeMadeElsewhere } from '../../support/challenge-made-elsewhere';
import { seededPin } from '../../support/seeded-customer';
import { startStandaloneEmulator } from '../../support/standalone-emulator-process';
import { expect, openSdkPage, test } from './hosted-ui-fixture';

test('under `npm run emulator` (tsx) the page script runs: handshake, PIN check, cancel', async ({
  chromiumBrowser,
  sdkPageRoot,
}) => {
  const emulatorProcess = await startStandaloneEmulator(['--port', '0', '--ephemeral']);
  const standalone = emulatorProcess.printed;
  try {
    const { userToken, encryptionKey, challengeId } = await challengeMadeElsewhere(standalone, 'user-knows-pin');
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
    await emulatorProcess.stop();
  }
});
