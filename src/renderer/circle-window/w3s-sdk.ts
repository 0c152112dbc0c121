// The web SDK is most of the renderer's weight (its Firebase dependency alone is ~75%): it lives in its own chunk,
// loaded when a challenge is about to run and fetched ahead of time when the page is idle.
export type W3sModule = typeof import('./w3s-sdk-chunk');

let loading: Promise<W3sModule> | null = null;
let loaded: W3sModule | null = null;

export function loadW3sSdk(): Promise<W3sModule> {
  loading ??= import('./w3s-sdk-chunk').then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The SDK once its chunk has loaded, without waiting a turn: Circle's window can start loading within the click. */
export function loadedW3sSdk(): W3sModule | null {
  return loaded;
}

export function prefetchW3sSdkWhenIdle(): void {
  const prefetch = () => {
    loadW3sSdk().catch(() => {});
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(prefetch, { timeout: 5000 });
  else window.setTimeout(prefetch, 1500);
}
