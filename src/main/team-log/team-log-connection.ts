// One connection to the team database from the saved fields, the password and the PEM files they name. Timeouts
// everywhere: a database that stops answering fails a send, it never hangs one.
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import type { TeamLogFields } from '../../shared/team-log/team-log-records';
import { decideTls, type TlsMaterial } from './team-log-tls';

export interface ConnectionTimeouts {
  connectMs: number;
  queryMs: number;
}

export const defaultTimeouts: ConnectionTimeouts = { connectMs: 5_000, queryMs: 15_000 };

/** Reads the PEM files the fields name (main only; the renderer sends paths, never contents). */
export async function tlsMaterialOf(fields: TeamLogFields): Promise<TlsMaterial> {
  const read = (path: string | null) => (path ? readFile(path, 'utf8') : Promise.resolve(undefined));
  const [ca, cert, key] = await Promise.all([
    read(fields.caFile),
    read(fields.clientCertFile),
    read(fields.clientKeyFile),
  ]);
  return { ...(ca ? { ca } : {}), ...(cert ? { cert } : {}), ...(key ? { key } : {}) };
}

export function clientConfig(
  fields: Pick<TeamLogFields, 'host' | 'port' | 'database' | 'user' | 'useTls'>,
  password: string | null,
  material: TlsMaterial,
  timeouts: ConnectionTimeouts = defaultTimeouts,
): pg.ClientConfig {
  const decision = decideTls(fields.host, fields.useTls, material);
  return {
    host: fields.host,
    port: fields.port,
    database: fields.database,
    user: fields.user,
    ...(password ? { password } : {}),
    ssl: decision.tls,
    application_name: 'pin-desk-team-log',
    connectionTimeoutMillis: timeouts.connectMs,
    query_timeout: timeouts.queryMs,
    statement_timeout: timeouts.queryMs,
    keepAlive: true,
  };
}

/** Connects, or rejects with pg's or Node's error (connectionProblem turns it into words). */
export async function connectClient(config: pg.ClientConfig): Promise<pg.Client> {
  const client = new pg.Client(config);
  // Until the caller attaches its own: an error on an idle connection must never be unhandled.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  return client;
}

/** Host, port and database: whose positions a checkpoint holds. */
export function targetOf(fields: Pick<TeamLogFields, 'host' | 'port' | 'database' | 'deskName'>): string {
  return `${fields.host}:${fields.port}/${fields.database}#${fields.deskName}`;
}
