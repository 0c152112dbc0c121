// Circle signs each webhook with ECDSA P-256 / SHA-256 over the exact body bytes: `X-Circle-Signature` is the base64
// DER signature (what Node's crypto.sign produces) and `X-Circle-Key-Id` names the public key to verify it with.
import { createPublicKey, sign, verify } from 'node:crypto';

export function signBody(body: Buffer, privateKeyPem: string): string {
  return sign('sha256', body, privateKeyPem).toString('base64');
}

/** What a receiver does: verify the signature against the base64 DER SPKI key from /v2/notifications/publicKey. */
export function verifyBody(body: Buffer, signature: string, publicKeyDerBase64: string): boolean {
  const key = createPublicKey({ key: Buffer.from(publicKeyDerBase64, 'base64'), format: 'der', type: 'spki' });
  return verify('sha256', body, key, Buffer.from(signature, 'base64'));
}
