// What a customer does in Circle's window, done straight through the emulator's own challenge steps: for tests
// where the console is not the one showing the window (the customer finishes in their own app, say).
import type { Emulator } from '../../src/emulator';
import type { ChallengeSession } from '../../src/shared/flows/challenge-flow';

export async function customerChangesPinDirectly(
  emulator: Emulator,
  session: Pick<ChallengeSession, 'challengeId' | 'userToken' | 'encryptionKey' | 'appId'>,
  currentPin: string,
  newPin: string,
): Promise<void> {
  const customer = { challengeId: session.challengeId, userToken: session.userToken };
  emulator.challengeSteps.open({ ...customer, encryptionKey: session.encryptionKey, appId: session.appId });
  await emulator.challengeSteps.verifyCurrentPin(customer, currentPin);
  await emulator.challengeSteps.completeWithNewPin(customer, newPin, newPin);
}
