// A team database on a test server: the migrations run by the owner, and desk and supervisor roles made with the
// SQL docs/team-case-log.md gives a team.
import { resolve } from 'node:path';
import pg from 'pg';
import { runMigrations } from '../../src/main/team-log/team-log-migrations';
import type { PostgresServer } from './postgres-server';

export const migrationsDir = resolve(import.meta.dirname, '../../migrations/team-log');

export interface TeamRole {
  user: string;
  password: string;
}

export async function migrateAsOwner(server: PostgresServer, dir = migrationsDir): Promise<string[]> {
  const client = new pg.Client(server.ownerConfig());
  await client.connect();
  try {
    return await runMigrations(client, dir);
  } finally {
    await client.end();
  }
}

/** CREATE ROLE … IN ROLE team_log_desk, and the row that says which desk the role is. */
export async function addDesk(server: PostgresServer, user: string, desk: string): Promise<TeamRole> {
  const password = `${user}-password`;
  await server.sql(`CREATE ROLE ${user} LOGIN PASSWORD '${password}' IN ROLE team_log_desk`);
  await server.sql('INSERT INTO team_desk (role_name, desk) VALUES ($1, $2)', [user, desk]);
  return { user, password };
}

export async function addSupervisor(server: PostgresServer, user: string): Promise<TeamRole> {
  const password = `${user}-password`;
  await server.sql(`CREATE ROLE ${user} LOGIN PASSWORD '${password}' IN ROLE team_log_supervisor`);
  return { user, password };
}

export function roleConfig(server: PostgresServer, role: TeamRole): pg.ClientConfig {
  return { host: server.host, port: server.port, database: server.database, user: role.user, password: role.password };
}

/** Runs `work` with a client signed in as `role`, then closes it. */
export async function asRole<T>(
  server: PostgresServer,
  role: TeamRole,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client(roleConfig(server, role));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
