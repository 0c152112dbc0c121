// The live case's panel (guidance, steps, controls, notes) shows only once a case starts: it loads on its own, ahead
// of time when the page is idle, so the first screen's script stays within its budget (the first screen needs none
// of it) and a case never waits for it.
let loading: Promise<typeof import('./LiveCasePanel')> | null = null;

export function loadLiveCasePanel(): Promise<typeof import('./LiveCasePanel')> {
  loading ??= import('./LiveCasePanel').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

export function prefetchLiveCasePanelWhenIdle(): void {
  const prefetch = () => {
    loadLiveCasePanel().catch(() => {});
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(prefetch, { timeout: 3000 });
  else window.setTimeout(prefetch, 1000);
}
