// TLS for the team database: required, with the server's certificate verified, for any host that is not this
// computer. On loopback the connection never leaves the machine, so TLS is the desk's choice (verified when on).
import { isIP } from 'node:net';
import type { ConnectionOptions } from 'node:tls';

export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || bare === '0:0:0:0:0:0:0:1';
  return false;
}

export interface TlsMaterial {
  /** The team's certificate authority (PEM); the system's are trusted without it. */
  ca?: string;
  /** A client certificate and its key (PEM), when the desk signs in with one. */
  cert?: string;
  key?: string;
}

export type TlsDecision = { tls: false } | { tls: ConnectionOptions & { rejectUnauthorized: true } };

/**
 * What pg gets as `ssl`. TLS is on off-loopback whatever was asked, on when asked, and on whenever a client
 * certificate is given (it is only ever sent inside TLS). Verification is never turned off.
 */
export function decideTls(host: string, asked: boolean, material: TlsMaterial): TlsDecision {
  const clientCertificate = Boolean(material.cert && material.key);
  if (isLoopbackHost(host) && !asked && !clientCertificate) return { tls: false };
  return {
    tls: {
      rejectUnauthorized: true,
      ...(material.ca ? { ca: material.ca } : {}),
      ...(clientCertificate ? { cert: material.cert, key: material.key } : {}),
      // The name checked against the certificate; Node checks an IP host against the certificate's IP entries.
      ...(isIP(host) ? {} : { servername: host }),
    },
  };
}
