// The control page in the browser: asks for the emulator's API key once (kept in sessionStorage: this tab only), then
// shows what the emulator holds — users, challenges, notifications sent, faults, warnings, the clock (tables:
// control-page-tables.ts) — and runs its controls, all
// through the emulator's own HTTP API with that key, so it shows nothing a client of the API could not see. Tables are
// read-only and refreshed every two seconds; the controls are forms, so a refresh never takes the focus away.
//
// Served as source text (see control-page.ts): this function must stay self-contained — type imports only, nothing
// from module scope, no classes.
import type { ControlPageElement, ControlPageForm, ControlPageGlobals } from './control-page-dom';
import type { createControlPageTables } from './control-page-tables';

/** `createTables`: control-page-tables.ts, passed in because each function is served as its own text. */
export function runControlPage(createTables: typeof createControlPageTables): void {
  const { document, sessionStorage, confirm, setInterval } = globalThis as unknown as ControlPageGlobals;
  const tables = createTables(document);
  const { list, time } = tables;
  const keyName = 'pin-desk-emulator-api-key';
  type Reply = { ok: boolean; status: number; body: Record<string, unknown> | null };
  let refreshing = false;

  function byId(id: string): ControlPageElement {
    const element = document.getElementById(id);
    if (!element) throw new Error(`The control page has no #${id}`);
    return element;
  }
  const form = (id: string) => byId(id) as ControlPageForm;
  const field = (of: ControlPageForm, name: string) => of.elements.namedItem(name)?.value.trim() ?? '';

  function say(message: string): void {
    byId('status').textContent = message;
  }

  function showDashboard(shown: boolean): void {
    byId('key-section').hidden = shown;
    byId('dashboard').hidden = !shown;
    if (!shown) byId('api-key').focus();
  }

  function forgetKey(message: string): void {
    sessionStorage.removeItem(keyName);
    showDashboard(false);
    say(message);
  }

  async function call(method: string, path: string, body?: unknown): Promise<Reply> {
    const headers: Record<string, string> = { Authorization: `Bearer ${sessionStorage.getItem(keyName) ?? ''}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
    });
    let parsed: Record<string, unknown> | null = null;
    try {
      parsed = (await response.json()) as Record<string, unknown>;
    } catch {
      parsed = null;
    }
    if (response.status === 401)
      forgetKey('The emulator refused this API key. Enter the key it printed when it started.');
    return { ok: response.ok, status: response.status, body: parsed };
  }

  function problem(reply: Reply): string {
    const code = reply.body?.code;
    const message = reply.body?.message;
    return typeof code === 'number' && typeof message === 'string'
      ? `Error ${code}: ${message}`
      : `The emulator answered HTTP ${reply.status}.`;
  }

  function data(reply: Reply): Record<string, unknown> {
    const value = reply.body?.data;
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  }

  /** Every user, up to 200 (four pages of Circle's largest page), oldest first. */
  async function loadUsers(): Promise<{ reply: Reply; users: Record<string, unknown>[] }> {
    const users: Record<string, unknown>[] = [];
    let after = '';
    for (let page = 0; page < 4; page += 1) {
      const reply = await call('GET', `/v1/w3s/users?pageSize=50&order=ASC${after}`);
      if (!reply.ok) return { reply, users };
      const batch = list(data(reply).users);
      users.push(...batch);
      const last = batch.at(-1)?.id;
      if (batch.length < 50 || typeof last !== 'string') return { reply, users };
      after = `&pageAfter=${encodeURIComponent(last)}`;
    }
    return { reply: { ok: true, status: 200, body: null }, users };
  }

  async function refresh(): Promise<void> {
    if (refreshing || !sessionStorage.getItem(keyName)) return;
    refreshing = true;
    try {
      const [users, challenges, notifications, clock, faults, warnings] = await Promise.all([
        loadUsers(),
        call('GET', '/emulator/challenges?limit=100'),
        call('GET', '/emulator/notifications'),
        call('GET', '/emulator/clock'),
        call('GET', '/emulator/faults'),
        call('GET', '/emulator/warnings'),
      ]);
      const failed = [users.reply, challenges, notifications, clock, faults, warnings].find((reply) => !reply.ok);
      if (failed) {
        if (failed.status !== 401) say(problem(failed));
        return;
      }
      tables.users(users.users);
      tables.challenges(list(data(challenges).challenges));
      tables.notifications(list(data(notifications).deliveries));
      tables.faults(list(data(faults).faults));
      tables.warnings(list(data(warnings).warnings));
      byId('clock-now').textContent = time(data(clock).now);
    } catch {
      say('The emulator does not answer. Is it still running?');
    } finally {
      refreshing = false;
    }
  }

  /** One control: the call, then what happened in the status line, then fresh tables. */
  async function act(request: () => Promise<Reply>, done: (reply: Reply) => string): Promise<void> {
    try {
      const reply = await request();
      if (reply.status === 401) return;
      say(reply.ok ? done(reply) : problem(reply));
    } catch {
      say('The emulator does not answer. Is it still running?');
    }
    await refresh();
  }

  function onSubmit(id: string, handler: (of: ControlPageForm) => Promise<void>): void {
    const of = form(id);
    of.addEventListener('submit', (event) => {
      event.preventDefault();
      void handler(of);
    });
  }

  onSubmit('key-form', async (of) => {
    const key = field(of, 'apiKey');
    if (key === '') return say('Enter the API key.');
    sessionStorage.setItem(keyName, key);
    const check = await call('GET', '/emulator/clock');
    if (check.status === 401) return;
    of.reset();
    showDashboard(true);
    say(check.ok ? 'Key accepted. Showing the emulator.' : problem(check));
    await refresh();
  });

  onSubmit('add-user-form', (of) => {
    const userId = field(of, 'userId');
    const scenario = field(of, 'scenario');
    return act(
      () => call('POST', '/emulator/users', { userId, scenario }),
      () => `Added ${userId}, in the state of ${scenario}.`,
    );
  });

  const lockForm = form('lock-form');
  const lockTarget = () => ({
    userId: field(lockForm, 'userId'),
    credential: field(lockForm, 'credential'),
    what: field(lockForm, 'credential') === 'pin' ? 'PIN' : 'security answers',
  });
  lockForm.addEventListener('submit', (event) => event.preventDefault());
  byId('lock-button').addEventListener('click', () => {
    const { userId, credential, what } = lockTarget();
    const seconds = Number(field(lockForm, 'seconds'));
    void act(
      () => call('POST', `/emulator/users/${encodeURIComponent(userId)}/lock`, { credential, seconds }),
      () => `Locked the ${what} of ${userId} for ${seconds} seconds.`,
    );
  });
  byId('unlock-button').addEventListener('click', () => {
    const { userId, credential, what } = lockTarget();
    void act(
      () => call('POST', `/emulator/users/${encodeURIComponent(userId)}/unlock`, { credential }),
      () => `Unlocked the ${what} of ${userId}.`,
    );
  });

  onSubmit('clock-form', (of) => {
    const advanceSeconds = Number(field(of, 'advanceSeconds'));
    return act(
      () => call('POST', '/emulator/clock', { advanceSeconds }),
      (reply) => `Moved the clock ${advanceSeconds} seconds on, to ${time(data(reply).now)}.`,
    );
  });

  onSubmit('fault-form', (of) => {
    const code = field(of, 'code');
    const rule = {
      method: field(of, 'method'),
      path: field(of, 'path'),
      status: Number(field(of, 'status')),
      ...(code === '' ? {} : { code: Number(code) }),
      times: Number(field(of, 'times')),
    };
    return act(
      () => call('POST', '/emulator/faults', rule),
      () => `The next ${rule.times} ${rule.method} ${rule.path} will answer ${rule.status}.`,
    );
  });
  byId('clear-faults-button').addEventListener('click', () => {
    void act(
      () => call('DELETE', '/emulator/faults'),
      () => 'Cleared every fault.',
    );
  });

  byId('reset-button').addEventListener('click', () => {
    if (!confirm('Reset the emulator? Every user, challenge and subscription goes; the seeded users come back.'))
      return;
    void act(
      () => call('POST', '/emulator/reset'),
      () => 'Reset: back to the seeded users.',
    );
  });

  byId('forget-key-button').addEventListener('click', () => forgetKey('Key forgotten for this tab.'));

  showDashboard(sessionStorage.getItem(keyName) !== null);
  void refresh();
  setInterval(() => {
    if (document.visibilityState === 'visible') void refresh();
  }, 2000);
}
