// A session's `protocol` (handle, unhandle, isProtocolHandled), as Electron implements it in
// lib/browser/api/protocol.ts and documents it in docs/api/protocol.md.

export type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/** A request failed the way Chromium's network stack fails it: its message is the `net::ERR_*` Electron rejects with. */
export class NetError extends Error {}

export class StandInProtocol {
  readonly #handlers = new Map<string, ProtocolHandler>();

  /** protocol.ts: `if (!success) throw new Error(\`Failed to register protocol: ${scheme}\`)` — a scheme handled twice. */
  handle(scheme: string, handler: ProtocolHandler): void {
    if (this.#handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.#handlers.set(scheme, handler);
  }

  /** protocol.ts: `throw new Error(\`Failed to unhandle protocol: ${scheme}\`)` when nothing handles it. */
  unhandle(scheme: string): void {
    if (!this.#handlers.delete(scheme)) throw new Error(`Failed to unhandle protocol: ${scheme}`);
  }

  /** docs/api/protocol.md: "Returns `boolean` - Whether `scheme` is already handled." */
  isProtocolHandled(scheme: string): boolean {
    return this.#handlers.has(scheme);
  }

  /**
   * What the handler answers, as protocol.ts hands it over and reads it back: the handler gets a new Request built
   * from the URL, headers (an `origin: null` header dropped), method, referrer and body — and no cookies, which
   * Electron's intercepting handlers never see (electron/electron#39525). `Response.error()` becomes
   * `net::ERR_FAILED`; a handler that throws or answers something else, `net::ERR_UNEXPECTED`
   * (spec/api-protocol-spec.ts: "can send errors", "handles a synchronous error in the handler").
   */
  async respond(request: Request): Promise<Response> {
    const scheme = new URL(request.url).protocol.slice(0, -1);
    const handler = this.#handlers.get(scheme);
    if (!handler) throw new NetError('net::ERR_UNKNOWN_URL_SCHEME');
    const headers = new Headers(request.headers);
    if (headers.get('origin') === 'null') headers.delete('origin');
    headers.delete('cookie');
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    const handed = new Request(request.url, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : null,
    });
    let response: unknown;
    try {
      response = await handler(handed);
    } catch {
      throw new NetError('net::ERR_UNEXPECTED');
    }
    if (!(response instanceof Response)) throw new NetError('net::ERR_UNEXPECTED');
    if (response.type === 'error') throw new NetError('net::ERR_FAILED');
    return response;
  }
}
