// One RS256 token key per test process, for emulators whose tests do not test the key: a new RSA-2048 key is about
// 0.2 s of CPU at every emulator start. Each emulator still has its own appId, token secret and notification key;
// the key's own tests (and any emulator started without this) make a new one.
import { generateKeyPairSync } from 'node:crypto';

let pem: string | undefined;

/** The process's shared token signing key (PKCS#8 PEM), made on first use. */
export function sharedTokenSigningKeyPem(): string {
  pem ??= generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ format: 'pem', type: 'pkcs8' })
    .toString();
  return pem;
}
