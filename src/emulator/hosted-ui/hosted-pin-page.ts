// The hosted PIN UI's document, its response headers and its script as served.
//
// How the browser code ships: it is written as a few self-contained TypeScript functions — the runner
// (hosted-pin-runner.ts) and the parts it is handed: the customizations reader, view, API client, wording and
// screens — typed against the few browser APIs
// declared in browser-dom.ts, and inlined as one script: each function's text, then the runner applied to the config
// and the others, allowed by its hash in the page's CSP. This works wherever the emulator runs — under tsx (`npm run
// emulator`), inside Electron main's Vite bundle, under vitest and under Playwright's test runner — because each
// function's text travels with the compiled module itself: no asset file to find next to a bundle, no build step.
// Its limits, kept by the functions' own rules: no run-time imports, nothing from module scope, no syntax a
// transpiler would lower into helper calls. The one helper transpilers do add, esbuild's `keepNames` wrapper
// `__name(fn, "name")` (tsx turns it on), is defined as a no-op around them all.

import { cspHash, inlinePageHeaders } from '../http/inline-page';
import { createHostedPinApiClient } from './hosted-pin-api-client';
import type { ResourceOrigins } from './hosted-pin-browser-types';
import { readHostedPinCustomizations } from './hosted-pin-customizations';
import { createHostedPinPreviewClient } from './hosted-pin-preview-client';
import { type HostedPinParts, runHostedPinUi } from './hosted-pin-runner';
import { createHostedPinScreens } from './hosted-pin-screens';
import { createHostedPinSetupScreens } from './hosted-pin-setup-screens';
import { createHostedPinView } from './hosted-pin-view';
import { createHostedPinWording } from './hosted-pin-wording';
import type { HostedPinUiConfig } from './hosted-ui-protocol';

/** Where the page's styles come from: inline (one request), or a stylesheet on another host (Circle-shaped mode). */
export type HostedPinPageStyles = { inline: string } | { stylesheetUrl: string };

const originPattern = /^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)*(:[0-9]{1,5})?$/;

/**
 * The resource origins a page URL asks for (`img=a,b&font=c`, set by the page itself once it has the SDK's
 * `setResources`): https origins only, at most as many as the page can show (four images, one font stylesheet).
 */
export function resourceOriginsOf(query: Record<string, unknown>): ResourceOrigins {
  const list = (value: unknown, most: number) =>
    [...new Set(typeof value === 'string' ? value.split(',') : [])]
      .filter((entry) => originPattern.test(entry) && new URL(entry).origin === entry)
      .slice(0, most)
      .sort();
  return { img: list(query.img, 4), font: list(query.font, 1) };
}

/**
 * The page, with its script inline and allowed by its hash alone (no other inline code runs), and its styles inline
 * too on the emulator's own address: one request before the customer sees a screen — the hosted UI opens in a
 * cross-origin frame, where every round trip shows. Under Circle's host names the styles come from the asset host
 * instead, and the page may call the API host (`connectOrigins`). Framable by any app, since the SDK embeds it in
 * whatever origin the app runs on; messages go only to the `?origin=` the SDK sent. API calls use relative URLs, so
 * they travel the same route as the page (https://pw-auth.circle.com/… routed, or <emulator>/pw-auth/… directly).
 * The app's images and font (the SDK's `setResources`) load from exactly the origins the page asked for, https only:
 * images under `img-src`, the font's stylesheet under `style-src` and its files under `font-src` (a Google Fonts
 * stylesheet, the SDK's own example, names its files on fonts.gstatic.com: allowed with it). The page learns them
 * from the `resource-origins` meta element.
 */
export function hostedPinPage(
  script: string,
  styles: HostedPinPageStyles,
  connectOrigins: readonly string[] = [],
  resources: ResourceOrigins = { img: [], font: [] },
): { html: string; headers: Record<string, string> } {
  const inlineStyles = 'inline' in styles ? styles.inline : '';
  if (/<\/(script|style)/i.test(script + inlineStyles)) throw new Error('The hosted UI page cannot inline this script');
  const fontFiles = resources.font.flatMap((origin) =>
    origin === 'https://fonts.googleapis.com' ? [origin, 'https://fonts.gstatic.com'] : [origin],
  );
  const ownStyles = 'inline' in styles ? cspHash(styles.inline) : new URL(styles.stylesheetUrl).origin;
  const csp = [
    "default-src 'none'",
    `script-src ${cspHash(script)}`,
    [`style-src ${ownStyles}`, ...resources.font].join(' '),
    ["connect-src 'self'", ...connectOrigins].join(' '),
    ["img-src 'self'", ...resources.img].join(' '),
    ...(fontFiles.length > 0 ? [`font-src ${fontFiles.join(' ')}`] : []),
    "base-uri 'none'",
    "form-action 'none'",
    'frame-ancestors *',
  ].join('; ');
  const styleElement =
    'inline' in styles
      ? `<style>${styles.inline}</style>`
      : `<link rel="stylesheet" href="${escapeAttribute(styles.stylesheetUrl)}" />`;
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="resource-origins" content="${escapeAttribute(JSON.stringify(resources))}" />
    <title>PIN · Circle emulator</title>
    ${styleElement}
  </head>
  <body>
    <div id="root" class="backdrop"></div>
    <script>${script}</script>
  </body>
</html>
`;
  return {
    html,
    headers: inlinePageHeaders(csp),
  };
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The page script: the runner applied to its config and to the other browser functions, with the one transpiler helper
 * they may meet. All in one script, so the page's CSP still allows it by a single hash.
 */
export function hostedPinScriptSource(config: HostedPinUiConfig): string {
  const parts: HostedPinParts = {
    createHostedPinView,
    createHostedPinApiClient,
    createHostedPinPreviewClient,
    createHostedPinScreens,
    createHostedPinSetupScreens,
    createHostedPinWording,
    readHostedPinCustomizations,
  };
  return [
    '"use strict";',
    '(() => {',
    '  const __name = (target) => target;',
    '  const parts = {',
    ...Object.entries(parts).map(([name, part]) => `    ${name}: ${part.toString()},`),
    '  };',
    `  (${runHostedPinUi.toString()})(${JSON.stringify(config)}, parts);`,
    '})();',
    '',
  ].join('\n');
}
