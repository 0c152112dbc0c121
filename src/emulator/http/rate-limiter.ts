// Circle's default rate limits per API key: 10/s for `POST /users/token`, 5/s for other writes, 20/s for reads.
// Fixed one-second windows on the wall clock (not the virtual clock: moving time must not refill the buckets).

export interface RateLimiter {
  /** True when the call is within its limit (and counts it); false when it must get a 429. */
  admit(apiKey: string, method: string, routeUrl: string): boolean;
}

export function limitFor(method: string, routeUrl: string): number {
  if (method === 'POST' && routeUrl === '/v1/w3s/users/token') return 10;
  return method === 'GET' || method === 'HEAD' ? 20 : 5;
}

const limitClass = (method: string, routeUrl: string) =>
  routeUrl === '/v1/w3s/users/token' ? 'token' : method === 'GET' || method === 'HEAD' ? 'read' : 'write';

export function createRateLimiter(wallClockMs: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { second: number; count: number }>();
  return {
    admit(apiKey, method, routeUrl) {
      const second = Math.floor(wallClockMs() / 1000);
      const key = `${apiKey}\u0000${limitClass(method, routeUrl)}`;
      const window = windows.get(key);
      if (!window || window.second !== second) {
        windows.set(key, { second, count: 1 });
        return true;
      }
      window.count += 1;
      return window.count <= limitFor(method, routeUrl);
    },
  };
}
