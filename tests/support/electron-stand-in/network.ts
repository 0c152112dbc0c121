// Chromium's network stack under the stand-in: Node's fetch, resolving and trusting as the process's switches tell
// Chromium to for every request of every session (docs/api/command-line-switches.md: `--host-resolver-rules` "A
// comma-separated list of rules that control how hostnames are mapped"; `--ignore-certificate-errors-spki-list`,
// certificates whose SPKI hash is listed are accepted). Only the `MAP host address:port` rule form is modelled.
import { createHash, type X509Certificate } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import type { Agent } from 'undici';
import type { StandInCommandLine } from './command-line';

export type NetworkFetch = (request: Request) => Promise<Response>;

export function standInNetwork(commandLine: StandInCommandLine | null): NetworkFetch {
  const rules = commandLine ? hostRules(commandLine.getSwitchValue('host-resolver-rules')) : new Map();
  const spki = commandLine
    ? new Set(commandLine.getSwitchValue('ignore-certificate-errors-spki-list').split(',').filter(Boolean))
    : new Set<string>();
  if (rules.size === 0 && spki.size === 0) return (request) => fetch(request, { redirect: 'manual' });
  // Loaded only when a switch asks for it: Electron's network stack is native and costs its main no module loading,
  // and `npm run bench:start` counts the stand-in's own start as part of the console's.
  const dispatcher = import('undici').then((undici) => mappedDispatcher(undici, rules, spki));
  return async (request) => fetch(request, { redirect: 'manual', dispatcher: await dispatcher } as RequestInit);
}

function hostRules(value: string): Map<string, { host: string; port: string | undefined }> {
  const rules = new Map<string, { host: string; port: string | undefined }>();
  for (const rule of value.split(',')) {
    const match = /^\s*MAP\s+(\S+)\s+(\S+?)(?::(\d+))?\s*$/.exec(rule);
    if (match?.[1] && match[2]) rules.set(match[1], { host: match[2], port: match[3] });
  }
  return rules;
}

function mappedDispatcher(
  { Agent, buildConnector }: typeof import('undici'),
  rules: Map<string, { host: string; port: string | undefined }>,
  spki: Set<string>,
): Agent {
  // With an SPKI list, Chromium accepts a certificate whose key is listed even if no CA vouches for it (and still
  // every certificate a CA does).
  const connect = buildConnector({ rejectUnauthorized: spki.size === 0 });
  return new Agent({
    connect: (options, callback) => {
      const rule = rules.get(options.hostname);
      const target = rule
        ? { ...options, hostname: rule.host, port: rule.port ?? options.port, servername: options.hostname }
        : options;
      connect(target, (error, socket) => {
        if (error || spki.size === 0 || options.protocol !== 'https:') return callback(error, socket as never);
        const tls = socket as TLSSocket;
        const certificate = tls.getPeerX509Certificate?.() as X509Certificate | undefined;
        // A resumed TLS session shows no peer certificate: its certificate was checked when it was first made.
        const accepted = tls.authorized || tls.isSessionReused() || (certificate && spki.has(spkiHash(certificate)));
        if (!accepted) {
          socket?.destroy();
          return callback(new Error('net::ERR_CERT_AUTHORITY_INVALID'), null);
        }
        callback(null, socket as never);
      });
    },
  });
}

function spkiHash(certificate: X509Certificate): string {
  const spkiDer = certificate.publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spkiDer).digest('base64');
}
