// Who may do what in the team log, enforced by a real PostgreSQL: a desk appends its own desk's entries and reads the
// team's; it cannot update, delete, or write as another desk; a supervisor reads everything and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PostgresServer, startPostgres } from '../../../support/postgres-server';
import { addDesk, addSupervisor, asRole, migrateAsOwner, type TeamRole } from '../../../support/team-database';

let server: PostgresServer;
let lisbon: TeamRole;
let porto: TeamRole;
let supervisor: TeamRole;

const insertAs = (desk: string, caseId: string, seq: number) => ({
  text: `INSERT INTO team_case_entry (entry_id, desk, case_id, seq, type, at, body) VALUES ($1, $2, $3, $4, 'note', now(), '{}')`,
  values: [`${desk}/${caseId}/${seq}`, desk, caseId, seq],
});

beforeAll(async () => {
  server = await startPostgres();
  expect(await migrateAsOwner(server)).toEqual([
    '0001_team-case-log',
    '0002_team-case-overview',
    '0003_team-case-codes',
    '0004_team-entry-arrival-kept',
  ]);
  lisbon = await addDesk(server, 'desk_lisbon_3', 'Lisbon-3');
  porto = await addDesk(server, 'desk_porto_1', 'Porto-1');
  supervisor = await addSupervisor(server, 'team_supervisor');
  await asRole(server, porto, (client) => client.query(insertAs('Porto-1', 'case-p', 1)));
}, 60_000);

afterAll(async () => {
  await server?.destroy();
});

const refusal = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error: { code?: string; message?: string }) => ({ code: error.code, message: error.message }),
  );

describe('a desk’s role', () => {
  it('appends its own desk’s entries and reads the whole team’s', async () => {
    await asRole(server, lisbon, (client) => client.query(insertAs('Lisbon-3', 'case-l', 1)));
    const rows = await asRole(server, lisbon, (client) =>
      client.query('SELECT desk FROM team_case_entry ORDER BY desk'),
    );
    expect(rows.rows.map((row) => row.desk)).toEqual(['Lisbon-3', 'Porto-1']);
  });

  it('is refused an UPDATE by the database', async () => {
    const refused = await refusal(
      asRole(server, lisbon, (client) => client.query("UPDATE team_case_entry SET type = 'x'")),
    );
    expect(refused).toMatchObject({ code: '42501', message: expect.stringContaining('permission denied') });
  });

  it('is refused a DELETE by the database', async () => {
    const refused = await refusal(asRole(server, lisbon, (client) => client.query('DELETE FROM team_case_entry')));
    expect(refused).toMatchObject({ code: '42501' });
    expect((await server.sql('SELECT count(*)::int AS n FROM team_case_entry')).rows[0].n).toBeGreaterThanOrEqual(2);
  });

  it('is refused an insert as another desk (row-level security)', async () => {
    const refused = await refusal(asRole(server, lisbon, (client) => client.query(insertAs('Porto-1', 'case-x', 1))));
    expect(refused).toMatchObject({ code: '42501', message: expect.stringContaining('row-level security') });
  });

  it('may not set the arrival order or time the database records (the proofs of order and lag read them)', async () => {
    const forged = (column: string, value: string, overriding = '') => ({
      text: `INSERT INTO team_case_entry (entry_id, desk, case_id, seq, type, at, body, ${column}) ${overriding}
             VALUES ('Lisbon-3/case-f/1', 'Lisbon-3', 'case-f', 1, 'note', now(), '{}', $1)`,
      values: [value],
    });
    for (const attempt of [forged('received_at', '2000-01-01'), forged('arrival', '1', 'OVERRIDING SYSTEM VALUE')]) {
      const refused = await refusal(asRole(server, lisbon, (client) => client.query(attempt)));
      expect(refused).toMatchObject({ code: '42501', message: expect.stringContaining('permission denied') });
    }
  });

  it('may not write the case summaries the database keeps', async () => {
    const refused = await refusal(asRole(server, lisbon, (client) => client.query("UPDATE team_case SET note = 'x'")));
    expect(refused).toMatchObject({ code: '42501' });
  });
});

describe('a supervisor’s role', () => {
  it('reads every desk’s entries and may not write any', async () => {
    const rows = await asRole(server, supervisor, (client) =>
      client.query('SELECT DISTINCT desk FROM team_case_entry ORDER BY desk'),
    );
    expect(rows.rows.map((row) => row.desk)).toEqual(['Lisbon-3', 'Porto-1']);
    const refused = await refusal(
      asRole(server, supervisor, (client) => client.query(insertAs('Lisbon-3', 'case-s', 1))),
    );
    expect(refused).toMatchObject({ code: '42501' });
  });
});
