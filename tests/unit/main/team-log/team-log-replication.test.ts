// Replication from a desk's log to a real PostgreSQL, with faults: the database stopped mid-shift and started again,
// a connection dropped mid-batch, the desk killed (SIGKILL) mid-send. After recovery every local entry is in the
// table exactly once, in order within its case. Also: the backfill of cases from before, resumed; bad data set aside.
import { spawn } from 'node:child_process';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../../support/eventually';
import { type PostgresServer, startPostgres } from '../../../support/postgres-server';
import { addDesk, migrateAsOwner, roleConfig } from '../../../support/team-database';
import { checkTeamTable, type DeskUnderTest, startDesk, writeCase } from '../../../support/team-desk';

let server: PostgresServer;
let deskNumber = 0;
const folders: string[] = [];

beforeAll(async () => {
  server = await startPostgres();
  await migrateAsOwner(server);
}, 60_000);

afterAll(async () => {
  await server?.destroy();
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

/** A new desk role and an empty log folder for each test, so tests share the server and nothing else. */
async function newDesk() {
  deskNumber += 1;
  const role = await addDesk(server, `desk_${deskNumber}`, `Desk-${deskNumber}`);
  const dir = await mkdtemp(join(tmpdir(), 'pin-desk-team-'));
  folders.push(dir);
  return { dir, desk: `Desk-${deskNumber}`, config: roleConfig(server, role) };
}

async function expectEveryEntryOnce(desk: DeskUnderTest, config: pg.ClientConfig, atLeast: number) {
  await waitFor(async () => (await desk.replicator.status()).pending === 0, 'the desk to catch up', 20_000);
  const check = await checkTeamTable(config, desk.desk, desk.store);
  expect(check.expected).toBeGreaterThanOrEqual(atLeast);
  expect(check).toEqual({
    expected: check.expected,
    inTable: check.expected,
    duplicates: 0,
    missing: [],
    outOfOrder: [],
  });
}

/** The desk's connection waiting on a lock the test holds: its batch is on the wire, not yet in the table. */
async function deskWaitingOnLock(): Promise<number> {
  let pid = 0;
  await waitFor(async () => {
    const waiting = await server.sql(
      "SELECT pid FROM pg_stat_activity WHERE application_name = 'pin-desk-team-log' AND wait_event_type = 'Lock'",
    );
    pid = waiting.rows[0]?.pid ?? 0;
    return pid !== 0;
  }, 'a batch to wait on the lock');
  return pid;
}

async function holdTableLock(): Promise<pg.Client> {
  const owner = new pg.Client(server.ownerConfig());
  await owner.connect();
  await owner.query('BEGIN');
  await owner.query('LOCK TABLE team_case_entry IN EXCLUSIVE MODE');
  return owner;
}

describe('replication to the team log', () => {
  it('sends the cases from before it was turned on (a backfill), resumed where it stopped', async () => {
    const { dir, desk, config } = await newDesk();
    const before = await startDesk({
      dir,
      desk,
      config: { ...config, port: 1 },
      retry: { firstMs: 10_000, maxMs: 10_000 },
    });
    for (let index = 0; index < 12; index++) await writeCase(before.store, `old-${index}`, 3);
    await before.replicator.stop();
    // One batch of the backfill (20 entries), then the desk stops, as if it quit mid-backfill.
    let first: DeskUnderTest | null = null;
    const stopped = new Promise<void>((done) => {
      void startDesk({ dir, desk, config, batchSize: 20, onSent: () => void first?.replicator.stop().then(done) }).then(
        (started) => {
          first = started;
        },
      );
    });
    await stopped;
    const sentBefore = (await server.sql('SELECT count(*)::int AS n FROM team_case_entry WHERE desk = $1', [desk]))
      .rows[0].n;
    expect(sentBefore).toBe(20);
    const second = await startDesk({ dir, desk, config, batchSize: 20 });
    await expectEveryEntryOnce(second, config, 60);
    await second.replicator.stop();
  });

  it('keeps the desk working while the database is stopped mid-shift, says how far behind, and catches up', async () => {
    const { dir, desk, config } = await newDesk();
    const deskLog = await startDesk({ dir, desk, config });
    for (let index = 0; index < 10; index++) await writeCase(deskLog.store, `up-${index}`, 2);
    await waitFor(async () => (await deskLog.replicator.status()).pending === 0);
    await server.stop();
    try {
      for (let index = 0; index < 10; index++) await writeCase(deskLog.store, `down-${index}`, 2);
      // A try already on its way as the server went down meets "the database system is shutting down"; the next is
      // refused, and that is what the desk then says.
      await waitFor(async () => /connection refused/.test((await deskLog.replicator.status()).lastTry?.error ?? ''));
      expect((await deskLog.replicator.status()).pending).toBe(40);
    } finally {
      // Started again whatever happened above: the other tests share this server.
      await server.start();
    }
    await expectEveryEntryOnce(deskLog, config, 80);
    expect((await deskLog.replicator.status()).lastTry?.error).toBeNull();
    await deskLog.replicator.stop();
  });

  it('never makes the agent wait: a database that takes connections and never answers does not slow the log', async () => {
    const { dir, desk, config } = await newDesk();
    const silent = createServer(() => {});
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    const port = (silent.address() as AddressInfo).port;
    const deskLog = await startDesk({ dir, desk, config: { ...config, port, connectionTimeoutMillis: 4_000 } });
    const started = performance.now();
    for (let index = 0; index < 10; index++) await writeCase(deskLog.store, `silent-${index}`, 2);
    // Had any write waited for the database, one wait alone would be the 4 s connect timeout.
    expect(performance.now() - started).toBeLessThan(3_500);
    expect((await deskLog.replicator.status()).pending).toBe(40);
    await deskLog.replicator.stop();
    silent.close();
  });

  it('resends a batch whose connection dropped mid-batch, and the table has each entry once', async () => {
    const { dir, desk, config } = await newDesk();
    const deskLog = await startDesk({ dir, desk, config });
    await writeCase(deskLog.store, 'early', 2);
    await waitFor(async () => (await deskLog.replicator.status()).pending === 0);
    const lock = await holdTableLock();
    for (let index = 0; index < 8; index++) await writeCase(deskLog.store, `mid-${index}`, 2);
    const pid = await deskWaitingOnLock();
    await server.sql('SELECT pg_terminate_backend($1)', [pid]);
    await lock.query('COMMIT');
    await lock.end();
    await expectEveryEntryOnce(deskLog, config, 36);
    expect((await deskLog.replicator.status()).lastTry?.error).toBeNull();
    await deskLog.replicator.stop();
  });

  it('recovers from the desk killed (SIGKILL) mid-send: the restarted desk sends the rest, nothing twice', async () => {
    const { dir, desk, config } = await newDesk();
    const lock = await holdTableLock();
    const script = resolve(import.meta.dirname, '../../../support/team-desk-process.ts');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', script, JSON.stringify({ dir, desk, config, cases: 200, notes: 2, paceMs: 5 })],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let written = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      written += chunk
        .toString()
        .split('\n')
        .filter((line) => line.startsWith('case ')).length;
    });
    await deskWaitingOnLock();
    await waitFor(async () => written >= 5, 'cases written');
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await exited;
    // The batch on the wire commits once the lock goes, though nobody is left to hear it or record it as sent.
    await lock.query('COMMIT');
    await lock.end();
    const restarted = await startDesk({ dir, desk, config });
    await expectEveryEntryOnce(restarted, config, written * 4);
    await restarted.replicator.stop();
  });

  it('sets aside the entries the database refuses, with the reason, and sends the rest', async () => {
    const { dir, desk, config } = await newDesk();
    const deskLog = await startDesk({ dir, desk, config });
    await writeCase(deskLog.store, 'bad', 1);
    await deskLog.store.append('bad', { type: 'note', at: 'not a time', text: 'typed during an outage' });
    await deskLog.store.append('bad', { type: 'note', at: new Date().toISOString(), text: 'after the bad one' });
    await appendFile(deskLog.store.filePath('bad'), '{"torn": \n');
    await writeCase(deskLog.store, 'good', 1);
    await waitFor(async () => (await deskLog.replicator.status()).pending === 0);
    const { setAside } = await deskLog.replicator.status();
    expect(setAside.map((item) => [item.entryId, item.reason])).toEqual(
      expect.arrayContaining([
        [`${desk}/bad/4`, expect.stringMatching(/invalid input syntax for type timestamp with time zone.*22007/)],
        [`${desk}/bad/6`, expect.stringMatching(/damaged \(invalid-json\)/)],
      ]),
    );
    const rows = await server.sql('SELECT entry_id FROM team_case_entry WHERE desk = $1 ORDER BY arrival', [desk]);
    expect(rows.rows.map((row) => row.entry_id)).toEqual([
      ...[1, 2, 3, 5].map((line) => `${desk}/bad/${line}`),
      ...[1, 2, 3].map((line) => `${desk}/good/${line}`),
    ]);
    // What was set aside stays set aside after a restart (the checkpoint keeps it), and is not sent again.
    await deskLog.replicator.stop();
    const again = await startDesk({ dir, desk, config });
    expect((await again.replicator.status()).setAside).toHaveLength(2);
    await again.replicator.stop();
  });
});
