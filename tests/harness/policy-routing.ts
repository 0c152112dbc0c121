import type { BrowserContext, Route } from '@playwright/test';

/**
 * Sends every request the browser makes through the same router Electron's session uses. A refused request
 * (Response.error()) is aborted as blocked, which the page sees as a network error, as in Electron.
 */
export async function routeThroughPolicy(
  context: BrowserContext,
  router: (request: Request) => Promise<Response>,
): Promise<void> {
  await context.route('**/*', (route) => answer(route, router));
}

async function answer(route: Route, router: (request: Request) => Promise<Response>): Promise<void> {
  const request = route.request();
  const body = request.postDataBuffer();
  let response: Response;
  try {
    response = await router(
      new Request(request.url(), {
        method: request.method(),
        headers: request.headers(),
        body: body && request.method() !== 'GET' && request.method() !== 'HEAD' ? new Uint8Array(body) : undefined,
      }),
    );
  } catch {
    await route.abort('failed');
    return;
  }
  if (response.type === 'error') {
    await route.abort('blockedbyclient');
    return;
  }
  await route.fulfill({
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: Buffer.from(await response.arrayBuffer()),
  });
}
