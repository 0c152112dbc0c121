// The control page's document and headers. Its script is one self-contained function (control-page-script.ts) inlined
// as text, and it and the styles are allowed by their hashes alone under a strict CSP — the way the hosted PIN UI ships
// its script (see hosted-ui/hosted-pin-page.ts): no build step, so it works under tsx, inside Electron main's bundle and
// under the test runners alike. The page holds nothing secret; the API key is typed into it and stays in the tab.
import { cspHash, inlinePageHeaders } from '../http/inline-page';
import { runControlPage } from './control-page-script';
import { controlPageStyles } from './control-page-styles';
import { createControlPageTables } from './control-page-tables';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The script as served: the functions' text, applied, with the one helper a transpiler may add (`__name`). */
export function controlPageScriptSource(): string {
  return [
    '"use strict";',
    '(() => {',
    '  const __name = (target) => target;',
    `  (${runControlPage.toString()})(${createControlPageTables.toString()});`,
    '})();',
    '',
  ].join('\n');
}

function table(id: string, title: string, columns: string[]): string {
  const headings = columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('');
  return `<section aria-labelledby="${id}-title">
      <h2 id="${id}-title">${escapeHtml(title)}</h2>
      <div class="scroll"><table aria-labelledby="${id}-title"><thead><tr>${headings}</tr></thead><tbody id="${id}-body"></tbody></table></div>
    </section>`;
}

function controls(scenarios: readonly string[], lockSeconds: number): string {
  const scenarioOptions = scenarios.map((name) => `<option value="${escapeHtml(name)}">${escapeHtml(name)}</option>`);
  return `<section aria-labelledby="controls-title">
      <h2 id="controls-title">Controls</h2>
      <div class="controls">
        <form id="add-user-form" aria-labelledby="add-user-title">
          <h3 id="add-user-title">Add a seeded user</h3>
          <label for="add-user-id">User ID</label>
          <input id="add-user-id" name="userId" required minlength="5" maxlength="50" autocomplete="off" />
          <label for="add-user-scenario">In the state of</label>
          <select id="add-user-scenario" name="scenario">${scenarioOptions.join('')}</select>
          <button type="submit">Add user</button>
        </form>
        <form id="lock-form" aria-labelledby="lock-title">
          <h3 id="lock-title">Lock or unlock</h3>
          <label for="lock-user-id">User ID</label>
          <input id="lock-user-id" name="userId" list="user-ids" required autocomplete="off" />
          <datalist id="user-ids"></datalist>
          <label for="lock-credential">What</label>
          <select id="lock-credential" name="credential">
            <option value="pin">PIN</option>
            <option value="answers">Security answers</option>
          </select>
          <label for="lock-seconds">Lock for (seconds)</label>
          <input id="lock-seconds" name="seconds" type="number" min="1" value="${lockSeconds}" />
          <div class="buttons"><button id="lock-button" type="button">Lock</button><button id="unlock-button" type="button">Unlock</button></div>
        </form>
        <form id="clock-form" aria-labelledby="clock-title">
          <h3 id="clock-title">Advance the clock</h3>
          <label for="clock-seconds">By (seconds)</label>
          <input id="clock-seconds" name="advanceSeconds" type="number" min="0" value="300" aria-describedby="clock-note" />
          <p id="clock-note" class="note">User tokens are dated on this clock (<code>iat</code>, <code>exp</code>).
            A backend that checks <code>exp</code> against its own clock disagrees with the emulator once the clocks
            differ: moved ahead, tokens the emulator refuses as expired still look valid there; behind (frozen, or
            started in the past), new tokens look expired there.</p>
          <button type="submit">Advance the clock</button>
        </form>
        <form id="fault-form" aria-labelledby="fault-title">
          <h3 id="fault-title">Inject a fault</h3>
          <label for="fault-method">Method</label>
          <select id="fault-method" name="method">
            <option>GET</option><option>POST</option><option>PUT</option><option>PATCH</option><option>DELETE</option><option value="*">any</option>
          </select>
          <label for="fault-path">Path (a trailing * matches a prefix)</label>
          <input id="fault-path" name="path" value="/v1/w3s/users/*" required autocomplete="off" />
          <label for="fault-status">HTTP status</label>
          <input id="fault-status" name="status" type="number" min="100" max="599" value="503" />
          <label for="fault-code">Circle code (optional)</label>
          <input id="fault-code" name="code" type="number" />
          <label for="fault-times">Times</label>
          <input id="fault-times" name="times" type="number" min="1" max="1000" value="1" />
          <div class="buttons"><button type="submit">Inject fault</button><button id="clear-faults-button" type="button">Clear faults</button></div>
        </form>
      </div>
      <p class="buttons"><button id="reset-button" type="button" class="danger">Reset the emulator</button>
        <button id="forget-key-button" type="button">Forget key</button></p>
    </section>`;
}

/** The page, and the headers that let only its own script and styles run. */
export function controlPage(options: { scenarios: readonly string[]; lockSeconds: number; webSdkNote: string }): {
  html: string;
  headers: Record<string, string>;
} {
  const script = controlPageScriptSource();
  if (/<\/(script|style)/i.test(script + controlPageStyles))
    throw new Error('The control page cannot inline this script');
  const csp = [
    "default-src 'none'",
    `script-src ${cspHash(script)}`,
    `style-src ${cspHash(controlPageStyles)}`,
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Circle emulator · control page</title>
    <style>${controlPageStyles}</style>
  </head>
  <body>
    <header>
      <h1>Circle emulator · control page</h1>
      <p>Emulator clock: <span id="clock-now">—</span>. Everything here comes from the emulator's own HTTP API.</p>
      <p id="web-sdk-note" class="note">${escapeHtml(options.webSdkNote)}</p>
    </header>
    <main>
      <p id="status" role="status"></p>
      <section id="key-section" aria-labelledby="key-title">
        <h2 id="key-title">Connect with the emulator's key</h2>
        <p>Enter the emulator's API key (printed when it starts, or shown in the console's developer view). It is kept
          for this tab only.</p>
        <form id="key-form" aria-labelledby="key-title">
          <label for="api-key">API key</label>
          <input id="api-key" name="apiKey" type="password" autocomplete="off" required />
          <button type="submit">Use this key</button>
        </form>
      </section>
      <div id="dashboard" hidden>
        ${table('users', 'Users', ['User', 'Account', 'PIN', 'PIN failed attempts', 'PIN locked until', 'Answers', 'Answer failed attempts', 'Answers locked until'])}
        ${controls(options.scenarios, options.lockSeconds)}
        ${table('challenges', 'Challenges (newest first)', ['Challenge', 'User', 'Type', 'Status', 'Error', 'Created', 'Expires'])}
        ${table('notifications', 'Notifications sent (newest first)', ['Sent', 'Type', 'Endpoint', 'Attempt', 'Result'])}
        ${table('faults', 'Injected faults', ['Method', 'Path', 'Answer', 'Times left'])}
        ${table('warnings', 'Warnings for the developer (newest first)', ['When', 'Warning'])}
      </div>
    </main>
    <script>${script}</script>
  </body>
</html>
`;
  return {
    html,
    headers: { 'content-type': 'text/html; charset=utf-8', ...inlinePageHeaders(csp) },
  };
}
