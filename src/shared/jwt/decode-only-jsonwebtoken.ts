// A browser-safe stand-in for the `jsonwebtoken` package, aliased in by the renderer's bundler: the W3S web SDK
// imports jsonwebtoken but only ever calls `decode` (to read a social-login nonce), and the real package needs Node
// built-ins. Decoding is not verifying: nothing here trusts a token. `sign` and `verify` fail loudly if anything
// starts to rely on them.

export interface DecodeOptions {
  complete?: boolean;
  json?: boolean;
}

export type JwtPayload = Record<string, unknown>;

export interface DecodedJwt {
  header: Record<string, unknown>;
  payload: JwtPayload | string;
  signature: string;
}

// The same shape check jsonwebtoken (through jws) applies before decoding.
const jwsPattern = /^[a-zA-Z0-9\-_]+?\.[a-zA-Z0-9\-_]+?\.([a-zA-Z0-9\-_]+)?$/;

function base64UrlToText(segment: string): string | null {
  try {
    const base64 = segment
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(segment.length / 4) * 4, '=');
    const binary = atob(base64);
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Decodes a JWT without verifying it, like `jsonwebtoken.decode`: the payload (parsed as JSON when it is a JSON
 * object), or `{ header, payload, signature }` with `complete: true`, or null when the input is not a JWT.
 * Unlike jsonwebtoken it never throws: a `typ: "JWT"` token whose payload is not JSON gives null.
 */
export function decode(token: unknown, options: DecodeOptions = {}): JwtPayload | string | DecodedJwt | null {
  if (typeof token !== 'string' || !jwsPattern.test(token)) return null;
  const [encodedHeader = '', encodedPayload = '', signature = ''] = token.split('.');
  const header = parseJson(base64UrlToText(encodedHeader));
  if (!isObject(header)) return null;
  const payloadText = base64UrlToText(encodedPayload);
  if (payloadText === null) return null;
  let payload: JwtPayload | string = payloadText;
  const parsed = parseJson(payloadText);
  if (header.typ === 'JWT' || options.json) {
    if (parsed === undefined) return null;
    if (isObject(parsed)) payload = parsed;
  } else if (isObject(parsed)) {
    payload = parsed;
  }
  return options.complete === true ? { header, payload, signature } : payload;
}

function unsupported(name: string): never {
  throw new Error(`jsonwebtoken.${name} is not available in the renderer (decode-only build)`);
}

export const sign = (): never => unsupported('sign');
export const verify = (): never => unsupported('verify');

export default { decode, sign, verify };
