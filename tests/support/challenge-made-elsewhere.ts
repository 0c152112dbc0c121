// A developer's own backend, as Circle's PIN reset guide has it make the token and the challenge: the official Node
// SDK against an emulator, with the emulator's API key. What it returns is what the developer pastes into PIN Desk.
import { randomUUID } from 'node:crypto';
import { initiateUserControlledWalletsClient } from '@circle-fin/user-controlled-wallets';
import type { EmulatorEndpoint } from './emulator-controls';

export interface PastedPair {
  userToken: string;
  encryptionKey: string;
}

export interface ChallengeMadeElsewhere extends PastedPair {
  challengeId: string;
}

function backendOf(emulator: EmulatorEndpoint) {
  return initiateUserControlledWalletsClient({ apiKey: emulator.apiKey, baseUrl: emulator.baseUrl });
}

/** POST /v1/w3s/users/token for `userId`, as the developer's backend gets it. */
export async function tokenMadeElsewhere(emulator: EmulatorEndpoint, userId: string): Promise<PastedPair> {
  const { data } = await backendOf(emulator).createUserToken({ userId });
  if (!data?.encryptionKey) throw new Error('POST /v1/w3s/users/token answered no token and key');
  return { userToken: data.userToken, encryptionKey: data.encryptionKey };
}

/** Circle's guide, steps 2 and 3: a token for `userId`, then a PIN reset challenge (PUT /v1/w3s/user/pin) with it. */
export async function challengeMadeElsewhere(
  emulator: EmulatorEndpoint,
  userId: string,
): Promise<ChallengeMadeElsewhere> {
  const pair = await tokenMadeElsewhere(emulator, userId);
  const { data } = await backendOf(emulator).updateUserPin({
    userToken: pair.userToken,
    idempotencyKey: randomUUID(),
  });
  if (!data) throw new Error('PUT /v1/w3s/user/pin answered no data');
  return { ...pair, challengeId: data.challengeId };
}

/** A new user's first PIN, as the customer's app starts it: a token, then POST /v1/w3s/user/pin (SET_PIN). */
export async function pinSetUpMadeElsewhere(
  emulator: EmulatorEndpoint,
  userId: string,
): Promise<ChallengeMadeElsewhere> {
  const pair = await tokenMadeElsewhere(emulator, userId);
  const { data } = await backendOf(emulator).createUserPin({ userToken: pair.userToken, idempotencyKey: randomUUID() });
  if (!data) throw new Error('POST /v1/w3s/user/pin answered no data');
  return { ...pair, challengeId: data.challengeId };
}
