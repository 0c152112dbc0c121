// A throwaway certificate for the Circle-shaped emulator: self-signed, made at start, covering the three host names,
// trusted by nothing. A browser accepts it only when told its SPKI hash (`--ignore-certificate-errors-spki-list`);
// Node clients in tests pass it as their only CA. Test and rehearsal code: the console never imports this.
import { createHash, X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';
import { circleShapedHosts } from './circle-host-names';
import type { TlsCredentials } from './circle-hosts-server';

export interface ThrowawayCertificate extends TlsCredentials {
  /** base64(sha256(DER SubjectPublicKeyInfo)): what `--ignore-certificate-errors-spki-list` takes. */
  spkiHash: string;
}

const validityMs = 30 * 24 * 60 * 60 * 1000;

export async function makeThrowawayCertificate(now = new Date()): Promise<ThrowawayCertificate> {
  const notBeforeDate = new Date(now.getTime() - 60 * 60 * 1000);
  const made = await generate([{ name: 'commonName', value: 'Circle emulator (throwaway)' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate: new Date(now.getTime() + validityMs),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: circleShapedHosts.map((host) => ({ type: 2 as const, value: host })) },
    ],
  });
  return { key: made.private, cert: made.cert, spkiHash: spkiHashOf(made.cert) };
}

export function spkiHashOf(certificatePem: string): string {
  const spki = new X509Certificate(certificatePem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}
