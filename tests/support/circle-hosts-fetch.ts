// Main's transport, as the browser test bed and tests give it the Circle-shaped emulator: Circle's three host names
// connect to the emulator's TLS port, and its throwaway certificate is the only CA trusted. Test code only — the
// console's own start never maps a host or trusts a certificate of ours.
import { Agent, buildConnector } from 'undici';
import { circleShapedHosts } from '../../src/emulator/circle-hosts/circle-host-names';

export function circleHostsDispatcher(tlsPort: number, certificatePem: string): Agent {
  const connect = buildConnector({ ca: certificatePem });
  const mapped = new Set<string>(circleShapedHosts);
  return new Agent({
    connect: (options, callback) =>
      mapped.has(options.hostname)
        ? connect({ ...options, hostname: '127.0.0.1', port: String(tlsPort), servername: options.hostname }, callback)
        : connect(options, callback),
  });
}

/** Node's fetch through that dispatcher (as `fetch` takes it: an undici option Node's types do not list). */
export function circleHostsFetch(tlsPort: number, certificatePem: string): typeof fetch {
  const dispatcher = circleHostsDispatcher(tlsPort, certificatePem);
  return (input, init) => fetch(input, { ...init, dispatcher } as RequestInit);
}
