// The team in the console, through main's own handlers and a real PostgreSQL: Settings saves the connection (the
// password never in the view), the desk's own cases replicate, Cases → Team lists and searches every desk's cases a
// page at a time, and the lookup learns of another desk's open case for the same user.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../../support/eventually';
import { type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';
import { type PostgresServer, startPostgres } from '../../../support/postgres-server';
import { addDesk, migrateAsOwner, roleConfig, type TeamRole } from '../../../support/team-database';
import { type DeskUnderTest, startDesk, writeCase } from '../../../support/team-desk';

let server: PostgresServer;
let lisbon: TeamRole;
let porto: DeskUnderTest;
let console_: ServicesUnderTest;
let portoDir: string;

beforeAll(async () => {
  server = await startPostgres();
  await migrateAsOwner(server);
  lisbon = await addDesk(server, 'desk_lisbon_3', 'Lisbon-3');
  const portoRole = await addDesk(server, 'desk_porto_1', 'Porto-1');
  portoDir = await mkdtemp(join(tmpdir(), 'pin-desk-porto-'));
  porto = await startDesk({ dir: portoDir, desk: 'Porto-1', config: roleConfig(server, portoRole) });
  for (let index = 0; index < 5; index++) await writeCase(porto.store, `porto-${index}`, 1);
  await porto.store.openCase({
    caseId: 'porto-open',
    startedAt: '2026-12-04T14:02:00.000Z',
    environment: 'local-emulator',
    userId: 'user-knows-pin',
    flow: 'reset',
    agentName: 'Ana',
    ticketRef: 'ZD-77',
    note: null,
  });
  await waitFor(async () => (await porto.replicator.status()).pending === 0);
  console_ = await startServicesUnderTest({ teamLogRetry: { firstMs: 50, maxMs: 400 } });
}, 60_000);

afterAll(async () => {
  await console_?.stop();
  await porto?.replicator.stop();
  await server?.destroy();
  if (portoDir) await rm(portoDir, { recursive: true, force: true });
});

const form = () => ({
  enabled: true,
  host: '127.0.0.1',
  port: String(server.port),
  database: 'postgres',
  user: lisbon.user,
  deskName: 'Lisbon-3',
  useTls: false,
  caFile: null,
  clientCertFile: null,
  clientKeyFile: null,
  password: lisbon.password,
});

// Each test can run alone (mutation testing runs only the tests that reach a change): the connection is saved, and
// Lisbon's case opened, by whichever test needs them first.
let saving: ReturnType<ServicesUnderTest['services']['handlers']['teamLog:save']> | undefined;
const savedConnection = () => {
  saving ??= console_.services.handlers['teamLog:save'](form());
  return saving;
};
let opening: Promise<string> | undefined;
const lisbonCaseReplicated = () => {
  opening ??= (async () => {
    await savedConnection();
    const { handlers } = console_.services;
    const started = await handlers['reset:start']({ userId: 'user-knows-pin', attemptId: randomUUID() });
    await waitFor(async () => {
      const rows = await server.sql("SELECT count(*)::int AS n FROM team_case_entry WHERE desk = 'Lisbon-3'");
      return rows.rows[0].n > 0;
    });
    return started.caseId;
  })();
  return opening;
};

describe('the team log in the console', () => {
  it('tests and saves the connection; the password is in neither the view nor the settings file', async () => {
    const { handlers } = console_.services;
    expect(await handlers['teamLog:test'](form())).toMatchObject({ ok: true, desk: 'Lisbon-3' });
    const saved = await savedConnection();
    expect(saved).toMatchObject({
      saved: true,
      problems: {},
      view: { fields: { host: '127.0.0.1', port: server.port } },
    });
    expect(JSON.stringify(saved)).not.toContain(lisbon.password);
    expect(JSON.stringify(await handlers['teamLog:get']({}))).not.toContain(lisbon.password);
    // No safeStorage here: kept for the session only, never written.
    expect(saved.view.password).toMatchObject({ stored: true, storage: 'session-only' });
    expect(JSON.stringify(console_.settings.snapshot())).not.toContain(lisbon.password);
  });

  it('keeps what was typed and says what is wrong when a field is', async () => {
    await savedConnection();
    const result = await console_.services.handlers['teamLog:save']({ ...form(), port: 'fifty' });
    expect(result).toMatchObject({ saved: false, problems: { port: expect.stringContaining('1 to 65535') } });
    expect(result.view.fields?.port).toBe(server.port);
  });

  it('replicates a case the console opens', async () => {
    const { handlers } = console_.services;
    const caseId = await lisbonCaseReplicated();
    const cases = await server.sql("SELECT case_id FROM team_case WHERE desk = 'Lisbon-3'");
    expect(cases.rows.map((row) => row.case_id)).toContain(caseId);
    // The watcher goes on recording the open case, so a later read may find its next entry pending: the status is
    // checked as it was when nothing was.
    let settled: Awaited<ReturnType<(typeof handlers)['teamLog:status']>> | undefined;
    await waitFor(async () => {
      settled = await handlers['teamLog:status']({});
      return settled.pending === 0;
    });
    expect(settled).toMatchObject({ enabled: true, pending: 0, setAside: [] });
  });

  it('lists every desk’s cases, newest first, a page at a time, and searches them', async () => {
    const { handlers } = console_.services;
    await lisbonCaseReplicated();
    const all = await handlers['teamLog:list']({});
    expect(all.total).toBe(7);
    expect(new Set(all.cases.map((item) => item.desk))).toEqual(new Set(['Porto-1', 'Lisbon-3']));
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await handlers['teamLog:list']({ limit: 3, ...(after ? { after } : {}) });
      seen.push(...page.cases.map((item) => `${item.desk}/${item.caseId}`));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(seen).toEqual(all.cases.map((item) => `${item.desk}/${item.caseId}`));
    expect((await handlers['teamLog:list']({ search: 'zd-77' })).cases.map((item) => item.caseId)).toEqual([
      'porto-open',
    ]);
    expect((await handlers['teamLog:list']({ search: 'porto', outcome: 'COMPLETE' })).total).toBe(5);
  });

  it('tells the lookup of another desk’s open case for the same user on the same (active) environment', async () => {
    const { handlers } = console_.services;
    await savedConnection();
    expect(await handlers['teamLog:openElsewhere']({ userId: 'user-knows-pin' })).toEqual({
      checked: true,
      cases: [{ desk: 'Porto-1', caseId: 'porto-open', agentName: 'Ana', startedAt: '2026-12-04T14:02:00.000Z' }],
    });
    // Another user; and a case on another environment is not this one's (the reader filters on the environment).
    expect(await handlers['teamLog:openElsewhere']({ userId: 'user-other' })).toEqual({ checked: true, cases: [] });
    await server.sql("UPDATE team_case SET environment = 'circle-testnet' WHERE case_id = 'porto-open'");
    expect(await handlers['teamLog:openElsewhere']({ userId: 'user-knows-pin' })).toEqual({ checked: true, cases: [] });
  });
});
