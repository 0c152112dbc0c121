import { readAppFile } from './app-files';
import { appResponseHeaders } from './content-security-policy';

export interface AppOriginHandlerOptions {
  appOrigin: string;
  /** The bundled renderer folder. */
  appRoot: string;
  /** In `dev` only: Vite's dev server, whose responses reach the renderer unchanged. */
  devServer?: { origin: string; fetchDirect: (request: Request) => Promise<Response> };
  onRefused?: (url: string, reason: string) => void;
}

/**
 * The session's one `http` handler (protocol.handle takes a whole scheme): it answers the app origin from the bundled
 * files, with the CSP, and refuses every other plain-http URL — nothing the console or Circle's page needs is plain
 * http. The browser test bed serves the app origin with this same function.
 */
export function createAppOriginHandler(options: AppOriginHandlerOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    const origin = originOf(request.url);
    if (origin === options.appOrigin) return serveAppFile(options.appRoot, request);
    if (options.devServer && origin === options.devServer.origin) return options.devServer.fetchDirect(request);
    options.onRefused?.(request.url, 'plain http is answered for the app origin only');
    return Response.error();
  };
}

function originOf(rawUrl: string): string | null {
  try {
    return new URL(rawUrl).origin;
  } catch {
    return null;
  }
}

async function serveAppFile(appRoot: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
  const file = await readAppFile(appRoot, new URL(request.url).pathname);
  if (!file.found) return notFound();
  return new Response(request.method === 'HEAD' ? null : file.body, {
    status: 200,
    headers: { ...appResponseHeaders, 'content-type': file.contentType },
  });
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...appResponseHeaders, 'content-type': 'text/plain; charset=utf-8' },
  });
}
