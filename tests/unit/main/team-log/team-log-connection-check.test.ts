// "Test connection" against a real PostgreSQL (offering TLS with a certificate the test made): each problem named in
// words — unreachable, TLS, authentication, schema missing or behind (with the file for the owner), permission, desk.
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTeamConnection } from '../../../../src/main/team-log/connection-check';
import { clientConfig } from '../../../../src/main/team-log/team-log-connection';
import { freePort, type PostgresServer, startPostgres } from '../../../support/postgres-server';
import { addDesk, migrateAsOwner, migrationsDir, type TeamRole } from '../../../support/team-database';

let server: PostgresServer;
let desk: TeamRole;
let serverCert: string;
let otherCert: string;
const folders: string[] = [];

async function certificate(commonName: string) {
  return generate([{ name: 'commonName', value: commonName }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  });
}

beforeAll(async () => {
  const made = await certificate('team database (test)');
  serverCert = made.cert;
  otherCert = (await certificate('someone else')).cert;
  server = await startPostgres({ tls: { cert: made.cert, key: made.private } });
  await migrateAsOwner(server);
  desk = await addDesk(server, 'desk_lisbon_3', 'Lisbon-3');
  await server.sql("CREATE ROLE not_a_desk LOGIN PASSWORD 'not_a_desk-password'");
  await server.sql("CREATE ROLE desk_unlisted LOGIN PASSWORD 'desk_unlisted-password' IN ROLE team_log_desk");
  await server.sql('CREATE DATABASE fresh');
}, 60_000);

afterAll(async () => {
  await server?.destroy();
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

function fieldsFor(
  user: string,
  overrides: Partial<{ port: number; database: string; deskName: string; useTls: boolean }> = {},
) {
  return {
    host: '127.0.0.1',
    port: server.port,
    database: 'postgres',
    user,
    deskName: 'Lisbon-3',
    useTls: false,
    ...overrides,
  };
}

async function check(
  user: string,
  password: string,
  overrides: Parameters<typeof fieldsFor>[1] = {},
  ca?: string,
  dir = migrationsDir,
) {
  const fields = fieldsFor(user, overrides);
  return checkTeamConnection(clientConfig(fields, password, ca ? { ca } : {}), fields, dir);
}

describe('Test connection', () => {
  it('is ready for a desk whose role and desk name match', async () => {
    expect(await check(desk.user, desk.password)).toEqual({
      ok: true,
      desk: 'Lisbon-3',
      message: 'Connected as desk_lisbon_3, desk Lisbon-3. The team log is ready.',
    });
  });

  it('says the database is unreachable when nothing listens there', async () => {
    const result = await check(desk.user, desk.password, { port: await freePort() });
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: 'unreachable', message: expect.stringContaining('connection refused') },
    });
  });

  it('says authentication failed for a wrong password', async () => {
    expect(await check(desk.user, 'wrong')).toMatchObject({ ok: false, problem: { kind: 'authentication' } });
  });

  it('connects over TLS verified against the team’s certificate authority', async () => {
    expect(await check(desk.user, desk.password, { useTls: true }, serverCert)).toMatchObject({ ok: true });
  });

  it('says TLS failed when the server’s certificate is not from the authority given', async () => {
    const result = await check(desk.user, desk.password, { useTls: true }, otherCert);
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: 'tls', message: expect.stringContaining('certificate') },
    });
  });

  it('names the missing migration and its file when the schema is not there and the role may not create it', async () => {
    const result = await check(desk.user, desk.password, { database: 'fresh' });
    expect(result).toMatchObject({
      ok: false,
      problem: {
        kind: 'schema-missing',
        missing: [
          { name: '0001_team-case-log', file: 'migrations/team-log/0001_team-case-log.sql' },
          { name: '0002_team-case-overview', file: 'migrations/team-log/0002_team-case-overview.sql' },
          { name: '0003_team-case-codes', file: 'migrations/team-log/0003_team-case-codes.sql' },
          { name: '0004_team-entry-arrival-kept', file: 'migrations/team-log/0004_team-entry-arrival-kept.sql' },
        ],
        message: expect.stringContaining(
          'migrations 0001_team-case-log, 0002_team-case-overview, 0003_team-case-codes and ' +
            '0004_team-entry-arrival-kept have not been run, and this role may not run them',
        ),
      },
    });
    expect(result).toMatchObject({
      problem: {
        message: expect.stringContaining(
          'Give migrations/team-log/0001_team-case-log.sql, migrations/team-log/0002_team-case-overview.sql, ' +
            'migrations/team-log/0003_team-case-codes.sql and migrations/team-log/0004_team-entry-arrival-kept.sql ' +
            'to the database’s owner.',
        ),
      },
    });
  });

  it('names the newer migration when the schema is behind the console', async () => {
    const newer = await mkdtemp(join(tmpdir(), 'pin-desk-migrations-'));
    folders.push(newer);
    await copyFile(join(migrationsDir, '0001_team-case-log.sql'), join(newer, '0001_team-case-log.sql'));
    await writeFile(join(newer, '0002_later-change.sql'), '-- Up Migration\nCREATE TABLE later_change (id int);\n');
    const result = await check(desk.user, desk.password, {}, undefined, newer);
    expect(result).toMatchObject({
      ok: false,
      problem: {
        kind: 'schema-behind',
        missing: [{ name: '0002_later-change', file: 'migrations/team-log/0002_later-change.sql' }],
      },
    });
  });

  // After the schema-missing test above, which needs `fresh` without the schema.
  it('runs the migrations itself where the role may (the owner), then says the owner is no desk', async () => {
    const result = await check(server.owner.user, server.owner.password, { database: 'fresh' });
    expect(result).toMatchObject({ ok: false, problem: { kind: 'desk' } });
    const client = new pg.Client({ ...server.ownerConfig(), database: 'fresh' });
    await client.connect();
    const applied = await client.query('SELECT name FROM team_log_migrations').finally(() => client.end());
    expect(applied.rows).toEqual([
      { name: '0001_team-case-log' },
      { name: '0002_team-case-overview' },
      { name: '0003_team-case-codes' },
      { name: '0004_team-entry-arrival-kept' },
    ]);
  });

  it('says a role outside the team may not use the team log', async () => {
    const result = await check('not_a_desk', 'not_a_desk-password');
    expect(result).toMatchObject({ ok: false, problem: { kind: 'permission' } });
  });

  it('says a desk role the owner has not listed is no desk yet, and a wrong desk name which desk the role is', async () => {
    expect(await check('desk_unlisted', 'desk_unlisted-password')).toMatchObject({
      ok: false,
      problem: { kind: 'desk', message: expect.stringContaining('not a desk of this team yet') },
    });
    expect(await check(desk.user, desk.password, { deskName: 'Porto-1' })).toMatchObject({
      ok: false,
      problem: { kind: 'desk', message: expect.stringContaining('is desk “Lisbon-3”') },
    });
  });
});
