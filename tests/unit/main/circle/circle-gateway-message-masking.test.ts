// Circle's words in a failed call's error are masked for the API key's parts and for every user token and encryption
// key the gateway was told of, shapes or not, and are otherwise passed on as Circle wrote them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CircleCallError } from '../../../../src/main/circle/circle-call-error';
import { type CircleGateway, createCircleGateway } from '../../../../src/main/circle/circle-gateway';
import { IssuedSecrets } from '../../../../src/main/secrets/issued-secrets';
import { redactedMark } from '../../../../src/main/secrets/secret-masking';
import { rejectionOf } from '../../../support/rejections';
import { type LoopbackServer, scriptedServer } from './loopback-servers';

const keyId = 'maskingkeyid0001';
const keySecret = 'maskingsecret0001';
const apiKey = `TEST_API_KEY:${keyId}:${keySecret}`;
/** Shaped like nothing the masking recognises on sight: only a gateway told of it can mask it. */
const encryptionKey = 'plain-encryption-key-4711';
let message = '';
let circle: LoopbackServer;

beforeAll(async () => {
  circle = await scriptedServer(() => ({ status: 400, body: { code: 2, message } }));
});
afterAll(() => circle.close());

/** The message of a getUser whose answer was a 400 with `said` as Circle's message. */
async function errorMessageFor(gateway: CircleGateway, said: string): Promise<string> {
  message = said;
  return (await rejectionOf(gateway.getUser('someone'), CircleCallError)).message;
}

describe('Circle’s message in a failed call’s error', () => {
  it('has the API key’s ID and secret masked, each on its own', async () => {
    const gateway = createCircleGateway({ apiKey, baseUrl: circle.url });
    const said = await errorMessageFor(gateway, `Key ${keyId} refused (secret ${keySecret})`);
    expect(said).toBe(`Key ${redactedMark} refused (secret ${redactedMark})`);
  });

  it('has the API key masked on the App ID call too, which goes around the SDK', async () => {
    const gateway = createCircleGateway({ apiKey, baseUrl: circle.url });
    message = `Key ${keyId} refused (secret ${keySecret})`;
    const refusal = await rejectionOf(gateway.fetchAppId(), CircleCallError);
    expect(refusal.message).toBe(`Key ${redactedMark} refused (secret ${redactedMark})`);
  });

  it('has an encryption key the gateway was told of masked', async () => {
    const issued = new IssuedSecrets();
    issued.remember('not-a-jwt-user-token', encryptionKey);
    const gateway = createCircleGateway({ apiKey, baseUrl: circle.url }, { issued });
    expect(await errorMessageFor(gateway, `Bad key ${encryptionKey}`)).toBe(`Bad key ${redactedMark}`);
  });

  it('is Circle’s own words, whatever they are, when they hold no secret', async () => {
    const gateway = createCircleGateway({ apiKey, baseUrl: circle.url });
    for (const said of ['Invalid request', 'Stryker was here', `Bad key ${encryptionKey}`]) {
      expect(await errorMessageFor(gateway, said)).toBe(said);
    }
  });
});
