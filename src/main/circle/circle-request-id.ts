// Every Circle call carries its own X-Request-Id (a UUID): Circle answers with it, and Circle Support asks for it.
// The gateway makes one per HTTP attempt and passes it where the Node SDK takes an `xRequestId`. The SDK drops it on
// some methods (10.8.0's `updateUserPin` validates it and never sends it; the subscription methods take none), so a
// request interceptor on the SDK's own axios adds the current attempt's ID to any request that has none.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { sdkAxios } from './circle-transport';

const currentRequestId = new AsyncLocalStorage<string>();

/** Runs one HTTP attempt with `requestId` as the ID any SDK request it makes without one is sent with. */
export function withRequestId<T>(requestId: string, run: () => Promise<T>): Promise<T> {
  return currentRequestId.run(requestId, run);
}

interface HeaderBag {
  has?(name: string): boolean;
  set?(name: string, value: string): void;
  [name: string]: unknown;
}

interface InterceptableAxios {
  interceptors: { request: { use(onRequest: (config: { headers?: HeaderBag }) => unknown): number } };
}

const installed = new WeakSet<object>();

/** Adds the interceptor to the SDK's axios once (the gateway calls this; later calls do nothing). */
export function installRequestIdInterceptor(
  target: InterceptableAxios = sdkAxios() as unknown as InterceptableAxios,
): void {
  if (installed.has(target)) return;
  installed.add(target);
  target.interceptors.request.use((config) => {
    const headers = config.headers;
    if (!headers) return config;
    const present = headers.has ? headers.has('X-Request-Id') : headerValue(headers, 'x-request-id') !== null;
    if (!present) {
      const requestId = currentRequestId.getStore() ?? randomUUID();
      if (headers.set) headers.set('X-Request-Id', requestId);
      else headers['X-Request-Id'] = requestId;
    }
    return config;
  });
}

/** A header from axios's headers (an AxiosHeaders or a plain object) or a fetch Headers, case-insensitively. */
export function headerValue(headers: unknown, name: string): string | null {
  if (typeof headers !== 'object' || headers === null) return null;
  const getter = (headers as { get?: unknown }).get;
  if (typeof getter === 'function') {
    const value = (getter as (key: string) => unknown).call(headers, name);
    if (typeof value === 'string') return value;
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted && typeof value === 'string') return value;
  }
  return null;
}
