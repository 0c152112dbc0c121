// The hosted PIN UI's document, its response headers and its script as served.
//
// How the browser code ships: it is written as one self-contained TypeScript function (hosted-pin-browser.ts, typed
// against the few browser APIs declared in browser-dom.ts) and served as `(${fn.toString()})(config)` from a relative
// URL (the page's CSP allows no inline script). This works wherever the emulator runs — under tsx (`npm run
// emulator`), inside Electron main's Vite bundle, under vitest and under Playwright's test runner — because the
// function's text travels with the compiled module itself: no asset file to find next to a bundle, no build step.
// Its limits, kept by the function's own rules: no run-time imports, nothing from module scope, no syntax a
// transpiler would lower into helper calls. The one helper transpilers do add, esbuild's `keepNames` wrapper
// `__name(fn, "name")` (tsx turns it on), is defined as a no-op around the function.
import { createHash } from 'node:crypto';
import { runHostedPinUi } from './hosted-pin-browser';
import type { HostedPinUiConfig } from './hosted-ui-protocol';

/**
 * The page's own policy: only its own script, styles and API (no inline code at all), framable by any app, since the
 * SDK embeds it in whatever origin the app runs on. Messages go only to the `?origin=` the SDK sent.
 */
export const hostedPinPageCsp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

export const hostedPinPageHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': hostedPinPageCsp,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

// Relative URLs on purpose: the page is reached as https://pw-auth.circle.com/?origin=… (routed) or as
// <emulator>/pw-auth/?origin=…, and its script, styles and API calls must travel the same way.
export const hostedPinPageHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>PIN · Circle emulator</title>
    <link rel="stylesheet" href="./hosted-pin-ui.css" />
    <script src="./hosted-pin-ui.js" defer></script>
  </head>
  <body>
    <div id="root" class="backdrop"></div>
  </body>
</html>
`;

/** The page script: the browser function applied to its config, with the one transpiler helper it may meet. */
export function hostedPinScriptSource(config: HostedPinUiConfig): string {
  return [
    '"use strict";',
    '(() => {',
    '  const __name = (target) => target;',
    `  (${runHostedPinUi.toString()})(${JSON.stringify(config)});`,
    '})();',
    '',
  ].join('\n');
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The page with its script and styles inline, allowed by their hashes alone (still no other inline code): one
 * request instead of three before the customer sees a screen — the hosted UI opens in a cross-origin frame, where
 * every round trip shows. The separate script and stylesheet URLs stay served for anything that loads them.
 */
export function inlineHostedPinPage(script: string, styles: string): { html: string; headers: Record<string, string> } {
  const csp = hostedPinPageCsp
    .replace("script-src 'self'", `script-src 'self' ${sha256(script)}`)
    .replace("style-src 'self'", `style-src 'self' ${sha256(styles)}`);
  if (/<\/(script|style)/i.test(script + styles)) throw new Error('The hosted UI page cannot inline this script');
  // Replacer functions, not strings: the script is full of `$`, which a replacement string would interpret.
  const html = hostedPinPageHtml
    .replace('<link rel="stylesheet" href="./hosted-pin-ui.css" />', () => `<style>${styles}</style>`)
    .replace('<script src="./hosted-pin-ui.js" defer></script>', () => '')
    .replace('</body>', () => `<script>${script}</script>\n  </body>`);
  return { html, headers: { ...hostedPinPageHeaders, 'content-security-policy': csp } };
}
