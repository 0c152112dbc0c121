// The test bed's answer for the app origin when no Playwright route is installed (Circle environments): a loopback
// server on a free port, which Chromium reaches for http://localhost:47291 through a host-resolver rule, answering
// with the same handler Electron's session registers for `http`. Electron itself needs no server: its protocol
// handler answers before any socket is opened.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

export type AppOriginHandler = (request: Request) => Promise<Response>;

export interface AppOriginServer {
  port: number;
  /**
   * Answers with another test bed's handler from now on, and drops the connections the last one left: one server
   * (and the Chromium whose host rule points at its port) serves many test beds in turn (shared-chromium.ts).
   */
  answerWith(handle: AppOriginHandler): void;
  close(): Promise<void>;
}

export async function startAppOriginServer(first: AppOriginHandler): Promise<AppOriginServer> {
  let handle = first;
  const server = createServer((incoming, outgoing) => {
    answer(incoming, outgoing, handle).catch(() => outgoing.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    answerWith: (next) => {
      server.closeAllConnections();
      handle = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function answer(incoming: IncomingMessage, outgoing: ServerResponse, handle: AppOriginHandler): Promise<void> {
  // The Host header is what the browser asked for (localhost:47291), not this server's own address.
  const url = `http://${incoming.headers.host ?? 'invalid'}${incoming.url ?? '/'}`;
  const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
  const response = await handle(
    new Request(url, {
      method: incoming.method,
      headers: Object.entries(incoming.headers).flatMap(([name, value]) =>
        typeof value === 'string' ? [[name, value] as [string, string]] : [],
      ),
      ...(hasBody ? { body: Readable.toWeb(incoming) as ReadableStream, duplex: 'half' } : {}),
    } as RequestInit),
  );
  if (response.type === 'error') {
    outgoing.destroy();
    return;
  }
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  if (response.body) Readable.fromWeb(response.body as NodeReadableStream).pipe(outgoing);
  else outgoing.end();
}
