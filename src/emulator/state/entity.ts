// The emulated Circle entity: its appId (stable for the life of the state), the user-token secret and the
// notification signing key.
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import type { EntityRecord } from './emulator-state';

export function createEntity(nowMs: number): EntityRecord {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return {
    appId: randomUUID(),
    tokenSecret: randomBytes(32).toString('base64'),
    notificationKey: {
      id: randomUUID(),
      privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
      createDate: new Date(nowMs).toISOString(),
    },
  };
}
