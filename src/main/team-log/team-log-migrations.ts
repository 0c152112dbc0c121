// The team log's schema: versioned SQL files in migrations/team-log, run by node-pg-migrate, which records each one
// in `team_log_migrations`. A desk compares that table with the files to say which migration is missing.
import { readdir } from 'node:fs/promises';
import type pg from 'pg';

export const migrationsTable = 'team_log_migrations';
/** Where the files are in PIN Desk's repository: what the console names for the database's owner. */
export const migrationsFolder = 'migrations/team-log';

export interface MigrationFile {
  /** As node-pg-migrate records it: the file name without `.sql`. */
  name: string;
  /** The file in the repository. */
  file: string;
}

export async function migrationFiles(dir: string): Promise<MigrationFile[]> {
  const names = (await readdir(dir)).filter((name) => /^\d+_[\w-]+\.sql$/.test(name)).sort();
  return names.map((name) => ({ name: name.slice(0, -'.sql'.length), file: `${migrationsFolder}/${name}` }));
}

/** The migrations recorded as run, or null when the table is not there (no migration ever ran). */
export async function appliedMigrations(client: pg.ClientBase): Promise<string[] | null> {
  const exists = await client.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [
    migrationsTable,
  ]);
  if (!exists.rows[0]?.present) return null;
  const applied = await client.query<{ name: string }>(`SELECT name FROM ${migrationsTable} ORDER BY run_on, id`);
  return applied.rows.map((row) => row.name);
}

/** The files not yet run on this database, in order. */
export async function missingMigrations(client: pg.ClientBase, dir: string): Promise<MigrationFile[]> {
  const applied = new Set((await appliedMigrations(client)) ?? []);
  return (await migrationFiles(dir)).filter((migration) => !applied.has(migration.name));
}

/** Runs every missing migration in one transaction (node-pg-migrate's lock keeps two runs apart). */
export async function runMigrations(client: pg.ClientBase, dir: string): Promise<string[]> {
  // Loaded when a migration is due, not at start: it brings a module loader and a CLI parser with it.
  const { runner } = await import('node-pg-migrate');
  const run = await runner({
    dbClient: client,
    dir,
    direction: 'up',
    migrationsTable,
    checkOrder: true,
    singleTransaction: true,
    log: () => {},
  });
  return run.map((migration) => migration.name);
}
