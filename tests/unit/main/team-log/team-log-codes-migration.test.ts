// Migration 0003 on a team log already running 0001 and 0002 (as deployed), from a console that brings 0001–0003 (as
// released with it; later migrations have their own tests): a desk's Test connection names the one migration the
// owner must run, and once it runs, the cases already in the log have the Circle codes they touched and new entries
// keep adding them.
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTeamConnection } from '../../../../src/main/team-log/connection-check';
import { clientConfig } from '../../../../src/main/team-log/team-log-connection';
import { type PostgresServer, startPostgres } from '../../../support/postgres-server';
import { addDesk, migrateAsOwner, migrationsDir } from '../../../support/team-database';

let server: PostgresServer;
let deployed: string;
let released: string;

const entry = (caseId: string, seq: number, type: string, body: object) =>
  server.sql(
    'INSERT INTO team_case_entry (entry_id, desk, case_id, seq, type, at, body) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [`Lisbon-3/${caseId}/${seq}`, 'Lisbon-3', caseId, seq, type, `2026-11-05T07:0${seq}:00Z`, { type, ...body }],
  );
const opened = {
  facts: { environment: 'local-emulator', userId: 'u-1', flow: 'reset', agentName: 'Ana', ticketRef: null, note: null },
};
const codesOf = async (caseId: string) =>
  (await server.sql('SELECT circle_codes FROM team_case WHERE case_id = $1', [caseId])).rows[0]?.circle_codes;

beforeAll(async () => {
  server = await startPostgres();
  deployed = await mkdtemp(join(tmpdir(), 'pin-desk-deployed-migrations-'));
  released = await mkdtemp(join(tmpdir(), 'pin-desk-released-migrations-'));
  for (const name of ['0001_team-case-log.sql', '0002_team-case-overview.sql', '0003_team-case-codes.sql']) {
    if (!name.startsWith('0003')) await copyFile(join(migrationsDir, name), join(deployed, name));
    await copyFile(join(migrationsDir, name), join(released, name));
  }
  await migrateAsOwner(server, deployed);
  // Written before 0003: a wrong PIN, then locked; and a case that met no code.
  await entry('case-a', 1, 'case-opened', opened);
  await entry('case-a', 2, 'status-changed', { status: 'PENDING', source: 'poll', errorCode: 155112 });
  await entry('case-a', 3, 'sdk-outcome', { kind: 'error', code: 155112 });
  await entry('case-a', 4, 'case-closed', { outcome: { kind: 'FAILED', code: 155119 } });
  await entry('case-b', 1, 'case-opened', opened);
  await entry('case-b', 2, 'case-closed', { outcome: { kind: 'COMPLETE' } });
}, 60_000);

afterAll(async () => {
  await server?.destroy();
  await rm(deployed, { recursive: true, force: true });
  await rm(released, { recursive: true, force: true });
});

describe('migration 0003 (the Circle codes each case touched)', () => {
  it('is the one migration a desk names for the owner when the log runs 0001 and 0002', async () => {
    const desk = await addDesk(server, 'desk_lisbon_3', 'Lisbon-3');
    const fields = {
      host: '127.0.0.1',
      port: server.port,
      database: server.database,
      user: desk.user,
      deskName: 'Lisbon-3',
      useTls: false,
    };
    const result = await checkTeamConnection(clientConfig(fields, desk.password, {}), fields, released);
    expect(result).toMatchObject({
      ok: false,
      problem: {
        kind: 'schema-behind',
        missing: [{ name: '0003_team-case-codes', file: 'migrations/team-log/0003_team-case-codes.sql' }],
        message: expect.stringMatching(
          /behind: migration 0003_team-case-codes has not been run, and this role may not run it \(.+\)\. Give migrations\/team-log\/0003_team-case-codes\.sql to the database’s owner\.$/,
        ),
      },
    });
  });

  it('gives the cases already in the log their codes, then folds new entries', async () => {
    expect(await migrateAsOwner(server, released)).toEqual(['0003_team-case-codes']);
    expect(await codesOf('case-a')).toEqual([155112, 155119]);
    expect(await codesOf('case-b')).toEqual([]);
    await entry('case-c', 1, 'case-opened', opened);
    await entry('case-c', 2, 'error', { step: 'lookup', code: 'circle-error', message: 'x', circle: { code: 155104 } });
    await entry('case-c', 3, 'status-changed', { status: 'PENDING', source: 'poll', errorCode: 155112.5 });
    await entry('case-c', 4, 'case-closed', { outcome: { kind: 'cancelled' } });
    expect(await codesOf('case-c')).toEqual([155104]);
  });
});
