// A case's token session against a real emulator: a call Circle refuses because of the token (155104 expired, 155105
// invalid) gets a new token and is made again, once; any other refusal is passed on untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, testScryptCost } from '../../../../src/emulator';
import { CircleCallError } from '../../../../src/main/circle/circle-call-error';
import { type CircleGateway, createCircleGateway } from '../../../../src/main/circle/circle-gateway';
import { acquireToken, UserTokenSession } from '../../../../src/main/flows/user-token-session';
import { injectFault } from '../../../support/emulator-controls';
import { rejectionOf } from '../../../support/rejections';

let emulator: Emulator;
let gateway: CircleGateway;

beforeAll(async () => {
  emulator = await createEmulator({ secretHashCost: testScryptCost });
  gateway = createCircleGateway({ apiKey: emulator.apiKey, baseUrl: emulator.baseUrl });
});
afterAll(() => emulator.close());

async function sessionWithChallenge() {
  const session = new UserTokenSession(gateway, 'user-knows-pin', await acquireToken(gateway, 'user-knows-pin'));
  const { challengeId } = await gateway.createPinChangeChallenge(session.current().userToken, crypto.randomUUID());
  return { session, challengeId };
}

describe('UserTokenSession.withToken', () => {
  it.each([
    [155104, 'expired'],
    [155105, 'invalid'],
  ])('renews the token when Circle answers %i (%s) and makes the call again with the new one', async (code) => {
    const { session, challengeId } = await sessionWithChallenge();
    const first = session.current().userToken;
    await injectFault(emulator, { method: 'GET', path: `/v1/w3s/user/challenges/${challengeId}`, status: 403, code });
    const tokensUsed: string[] = [];
    const challenge = await session.withToken((grant) => {
      tokensUsed.push(grant.userToken);
      return gateway.getChallenge(grant.userToken, challengeId);
    });
    expect(challenge).toMatchObject({ id: challengeId, status: 'PENDING' });
    expect(tokensUsed).toHaveLength(2);
    expect(tokensUsed[0]).toBe(first);
    expect(tokensUsed[1]).toBe(session.current().userToken);
    expect(tokensUsed[1]).not.toBe(first);
  });

  it('passes any other refusal on, with the token it had', async () => {
    const { session } = await sessionWithChallenge();
    const before = session.current().userToken;
    const refused = await rejectionOf(
      session.withToken((grant) => gateway.getChallenge(grant.userToken, crypto.randomUUID())),
      CircleCallError,
    );
    expect(refused.circle?.code).toBe(155116);
    expect(session.current().userToken).toBe(before);
  });

  it('renews once only: a second refusal of the new token is passed on', async () => {
    const { session, challengeId } = await sessionWithChallenge();
    const path = `/v1/w3s/user/challenges/${challengeId}`;
    await injectFault(emulator, { method: 'GET', path, status: 403, code: 155105, times: 2 });
    const refused = await rejectionOf(
      session.withToken((grant) => gateway.getChallenge(grant.userToken, challengeId)),
      CircleCallError,
    );
    expect(refused.circle?.code).toBe(155105);
  });
});
