// Plain node:http servers on 127.0.0.1 that stand where Circle's API would: one that records what reached it, a
// front that passes requests under a path prefix on to an emulator, or answers chosen ones with a redirect, and one
// that answers each request as a test scripts it (a body Circle's types say cannot come, say).
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  /** Path and query, as the request line had them. */
  url: string;
  authorization: string | undefined;
  accept: string | undefined;
}

export interface LoopbackServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

async function listen(handle: (request: IncomingMessage, response: ServerResponse) => void): Promise<LoopbackServer> {
  const received: ReceivedRequest[] = [];
  const server = createServer((incoming, response) => {
    received.push({
      method: incoming.method ?? '',
      url: incoming.url ?? '',
      authorization: incoming.headers.authorization,
      accept: incoming.headers.accept,
    });
    handle(incoming, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A server that answers every request 200 with an App ID of its own: where a followed redirect would land. */
export function recordingServer(): Promise<LoopbackServer> {
  return listen((_incoming, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"appId":"elsewhere"}}');
  });
}

/** What a scripted server answers one request with; `body` is sent as it is (a string) or as JSON. */
export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A server answering every request with what `answer` gives for its method and path (query left off). */
export function scriptedServer(answer: (method: string, path: string) => ScriptedAnswer): Promise<LoopbackServer> {
  return listen((incoming, response) => {
    const { status, headers = {}, body } = answer(incoming.method ?? 'GET', (incoming.url ?? '/').split('?')[0] ?? '/');
    const text = body === undefined || typeof body === 'string' ? (body ?? '') : JSON.stringify(body);
    response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(text);
  });
}

export interface FrontOptions {
  /** The emulator's base URL requests under `prefix` go on to, the prefix taken off. */
  upstream?: string;
  /** Only requests under this path reach the upstream; anything else is answered 404. */
  prefix?: string;
  /** Requests answered with a redirect instead, to the same path and query at `redirectTo`. */
  redirects?: (method: string, path: string) => boolean;
  redirectTo?: string;
  redirectStatus?: number;
}

/** A front in Circle's place: a gateway under a prefix, and where `redirects` says so, a server sending calls away. */
export function frontServer(options: FrontOptions): Promise<LoopbackServer> {
  const prefix = options.prefix ?? '';
  return listen((incoming, response) => {
    const method = incoming.method ?? 'GET';
    const url = incoming.url ?? '/';
    const path = url.split('?')[0] ?? url;
    if (options.redirectTo && options.redirects?.(method, path)) {
      response.writeHead(options.redirectStatus ?? 307, { location: `${options.redirectTo}${url}` }).end();
      return;
    }
    if (!options.upstream || !url.startsWith(`${prefix}/`)) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"code":404,"message":"Not found"}');
      return;
    }
    const { host: _host, ...headers } = incoming.headers;
    const onward = request(`${options.upstream}${url.slice(prefix.length)}`, { method, headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    onward.on('error', () => response.writeHead(502).end());
    incoming.pipe(onward);
  });
}

/** A loopback port nothing listens on (not a fetch "bad port" such as 9, which fetch refuses before connecting). */
export async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
