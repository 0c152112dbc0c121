// Installing a fetch transport and routing an axios through circleFetch, on fresh instances of the SDK's axios:
// an undo works once only, and routing twice adds one interceptor.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  circleFetch,
  type FetchFunction,
  installFetchTransport,
  routeSdkThroughCircleFetch,
} from '../../../../src/main/circle/circle-transport';

interface FreshAxios {
  defaults: { adapter?: unknown; env?: Record<string, unknown> };
  interceptors: { request: { use(onRequest: (config: object) => object): number; handlers?: unknown[] } };
  get(url: string): Promise<{ data: unknown }>;
}

const sdkEntry = createRequire(import.meta.url).resolve('@circle-fin/user-controlled-wallets');
const axios = createRequire(sdkEntry)('axios') as { create(): FreshAxios };

/** A fetch that answers every call with a JSON body naming itself, and counts its calls. */
function answeringFetch(name: string): { fetch: FetchFunction; calls: string[] } {
  const calls: string[] = [];
  const answer: FetchFunction = async (input) => {
    calls.push(String(input instanceof Request ? input.url : input));
    return new Response(JSON.stringify({ from: name }), { headers: { 'content-type': 'application/json' } });
  };
  return { fetch: answer, calls };
}

describe('installFetchTransport’s undo', () => {
  it('does nothing the second time, so it cannot take away a transport installed after it', () => {
    const instance = axios.create();
    const { adapter, env } = instance.defaults;
    const direct = circleFetch();

    const undoFirst = installFetchTransport(answeringFetch('first').fetch, instance);
    undoFirst();
    const undoSecond = installFetchTransport(answeringFetch('second').fetch, instance);
    try {
      const second = circleFetch();
      const secondEnv = instance.defaults.env;
      undoFirst();

      expect(circleFetch()).toBe(second);
      expect(instance.defaults.adapter).toBe('fetch');
      expect(instance.defaults.env).toBe(secondEnv);
    } finally {
      // circleFetch is module state other files in this worker share (isolate: false): never left replaced.
      undoSecond();
    }
    expect(circleFetch()).toBe(direct);
    expect(instance.defaults.adapter).toBe(adapter);
    expect(instance.defaults.env).toBe(env);
  });
});

describe('routeSdkThroughCircleFetch', () => {
  it('adds its interceptor once however often it is called, and sends requests through circleFetch', async () => {
    const instance = axios.create();
    routeSdkThroughCircleFetch(instance);
    routeSdkThroughCircleFetch(instance);
    expect(instance.interceptors.request.handlers?.filter(Boolean)).toHaveLength(1);

    const installed = answeringFetch('installed');
    // Installed on a throwaway axios: only circleFetch() is wanted here, not the SDK's defaults changed.
    const undo = installFetchTransport(installed.fetch, axios.create());
    try {
      expect((await instance.get('https://circle.test/v1/w3s/config/entity')).data).toEqual({ from: 'installed' });
      expect(installed.calls).toEqual(['https://circle.test/v1/w3s/config/entity']);
    } finally {
      undo();
    }
  });
});
