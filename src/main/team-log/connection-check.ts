// "Test connection": connect, check the schema (running missing migrations where the role may), check that the
// role is this desk's and may append. Each failure in words; the typed fields are the caller's to keep.
import type pg from 'pg';
import type { TeamLogFields, TeamLogProblem } from '../../shared/team-log/team-log-records';
import { connectionProblem } from './connection-problem';
import { connectClient } from './team-log-connection';
import { appliedMigrations, missingMigrations, runMigrations } from './team-log-migrations';

export type ConnectionCheck = { ok: true; desk: string; message: string } | { ok: false; problem: TeamLogProblem };

export async function checkTeamConnection(
  config: pg.ClientConfig,
  fields: Pick<TeamLogFields, 'host' | 'port' | 'database' | 'user' | 'deskName'>,
  migrationsDir: string,
): Promise<ConnectionCheck> {
  let client: pg.Client;
  try {
    client = await connectClient(config);
  } catch (error) {
    return { ok: false, problem: connectionProblem(error, fields) };
  }
  try {
    const schema = await schemaProblem(client, migrationsDir);
    if (schema) return { ok: false, problem: schema };
    // Any column: since migration 0004 a desk may insert the entry's own columns, not the whole row.
    const row = await client.query<{ desk: string | null; may_insert: boolean }>(
      "SELECT team_log_current_desk() AS desk, has_any_column_privilege('team_case_entry', 'INSERT') AS may_insert",
    );
    const { desk, may_insert: mayInsert } = row.rows[0] ?? { desk: null, may_insert: false };
    if (!mayInsert) {
      return {
        ok: false,
        problem: {
          kind: 'permission',
          message: `${fields.user} may not add entries to the team log: the database’s owner grants team_log_desk to each desk’s role.`,
        },
      };
    }
    if (!desk) {
      return {
        ok: false,
        problem: {
          kind: 'desk',
          message: `${fields.user} is not a desk of this team yet: the database’s owner adds it to team_desk (docs/team-case-log.md).`,
        },
      };
    }
    if (desk !== fields.deskName) {
      return {
        ok: false,
        problem: {
          kind: 'desk',
          message: `${fields.user} is desk “${desk}” in the team log, not “${fields.deskName}”: use that desk name, or ask the owner to change it.`,
        },
      };
    }
    return { ok: true, desk, message: `Connected as ${fields.user}, desk ${desk}. The team log is ready.` };
  } catch (error) {
    return { ok: false, problem: connectionProblem(error, fields) };
  } finally {
    await client.end().catch(() => {});
  }
}

/** Null when every migration has run; else runs them if the role may, or says which are missing and which files. */
async function schemaProblem(client: pg.Client, migrationsDir: string): Promise<TeamLogProblem | null> {
  const missing = await missingMigrations(client, migrationsDir);
  if (missing.length === 0) return null;
  const none = (await appliedMigrations(client)) === null;
  try {
    await runMigrations(client, migrationsDir);
    return null;
  } catch (error) {
    const names = listInWords(missing.map((migration) => migration.name));
    const files = listInWords(missing.map((migration) => migration.file));
    // node-pg-migrate's message carries the stack of the error it wraps: the owner needs its first line only.
    const why = String((error as { message?: unknown }).message ?? error).split('\n')[0];
    const [migrations, have, them] = missing.length === 1 ? ['migration', 'has', 'it'] : ['migrations', 'have', 'them'];
    return {
      kind: none ? 'schema-missing' : 'schema-behind',
      message:
        `${none ? 'The team log’s schema is not in this database' : 'The team log’s schema is behind'}: ${migrations} ` +
        `${names} ${have} not been run, and this role may not run ${them} (${why}). Give ${files} to the database’s owner.`,
      missing,
    };
  }
}

/** "a", "a and b", "a, b and c": the owner reads the message as a sentence. */
function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
