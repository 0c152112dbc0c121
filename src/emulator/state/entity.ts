// The emulated Circle entity: its appId (stable for the life of the state), the user-token keys (an RSA key signing
// them, a secret deriving their encryption keys) and the notification signing key.
import { generateKeyPair, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import type { EntityRecord } from './emulator-state';

// Circle's example token carries a 256-byte signature: RS256 with a 2048-bit key.
const tokenKeyOptions = { modulusLength: 2048 } as const;
const pkcs8Pem = { format: 'pem', type: 'pkcs8' } as const;

/**
 * A new entity. The RSA key is made off the main thread (about 0.2 s of a core), unless one is given (PKCS#8 PEM: tests
 * that do not test the key share one).
 */
export async function createEntity(nowMs: number, tokenSigningKeyPem?: string): Promise<EntityRecord> {
  const tokenKeyPem =
    tokenSigningKeyPem ??
    (await promisify(generateKeyPair)('rsa', tokenKeyOptions)).privateKey.export(pkcs8Pem).toString();
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return {
    appId: randomUUID(),
    tokenSecret: randomBytes(32).toString('base64'),
    tokenSigningKeyPem: tokenKeyPem,
    notificationKey: {
      id: randomUUID(),
      privateKeyPem: privateKey.export(pkcs8Pem).toString(),
      publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
      createDate: new Date(nowMs).toISOString(),
    },
  };
}

/**
 * The entity of a state file written before tokens were signed RS256, with a signing key of its own. Rare (an old
 * file, loaded once), so made on the spot; the tokens issued before no longer verify (155105: the client gets new ones).
 */
export function withTokenSigningKey(
  entity: Omit<EntityRecord, 'tokenSigningKeyPem'> & { tokenSigningKeyPem?: string },
) {
  if (entity.tokenSigningKeyPem) return entity as EntityRecord;
  const { privateKey } = generateKeyPairSync('rsa', tokenKeyOptions);
  return { ...entity, tokenSigningKeyPem: privateKey.export(pkcs8Pem).toString() };
}
