import { readAppFile } from './app-files';
import { appResponseHeaders } from './content-security-policy';
import { decideRoute, type NetworkPolicy } from './network-policy';

export interface RequestRouterOptions {
  policy: NetworkPolicy;
  appRoot: string;
  /** Fetches without coming back through this router (Electron: net.fetch with bypassCustomProtocolHandlers). */
  fetchDirect: (request: Request) => Promise<Response>;
  onRefused?: (url: string, reason: string) => void;
}

/**
 * One handler for every http(s) request the renderer makes. Electron's session and the browser test bed both call
 * it, so the policy they enforce is the same code. A refused request becomes a network error (Response.error()).
 */
export function createRequestRouter(options: RequestRouterOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    const decision = decideRoute(request.url, options.policy);
    switch (decision.kind) {
      case 'app-file': {
        if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
        const file = await readAppFile(options.appRoot, decision.pathname);
        if (!file.found) return notFound();
        return new Response(request.method === 'HEAD' ? null : file.body, {
          status: 200,
          headers: { ...appResponseHeaders, 'content-type': file.contentType },
        });
      }
      case 'forward':
        return options.fetchDirect(await retarget(request, decision.url));
      case 'pass-through':
        return options.fetchDirect(request);
      case 'refuse':
        options.onRefused?.(request.url, decision.reason);
        return Response.error();
    }
  };
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...appResponseHeaders, 'content-type': 'text/plain; charset=utf-8' },
  });
}

async function retarget(request: Request, url: string): Promise<Request> {
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(url, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? await request.arrayBuffer() : undefined,
    redirect: 'manual',
  });
}
