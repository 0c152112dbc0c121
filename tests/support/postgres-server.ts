// A real PostgreSQL server of the tests' own: initdb into a temp folder, a free port on 127.0.0.1, its unix socket in
// the same folder. PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user Debian's
// package creates. Binaries: $PG_BIN, else the newest /usr/lib/postgresql/*/bin, else initdb on PATH.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  host: '127.0.0.1';
  port: number;
  /** The superuser, who owns the database and runs the migrations in tests. */
  owner: { user: string; password: string };
  database: string;
  /** A pg client config for the owner. */
  ownerConfig(): pg.ClientConfig;
  /** Runs SQL as the owner, one connection per call. */
  sql(text: string, values?: unknown[]): Promise<pg.QueryResult>;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and deletes its folder. */
  destroy(): Promise<void>;
}

export interface PostgresServerOptions {
  /**
   * PEM certificate and key: the server then offers TLS (and still accepts plain connections). With `ca`, client
   * certificates signed by it are checked; `hbaFirst` lines go at the top of pg_hba.conf (e.g. `cert` for a role).
   */
  tls?: { cert: string; key: string; ca?: string; hbaFirst?: string[] };
}

export function postgresBinDir(): string {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((name) => existsSync(join(debianRoot, name, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debianRoot, versions[0], 'bin');
  }
  try {
    const onPath = execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim();
    if (onPath) return onPath.slice(0, onPath.lastIndexOf('/'));
  } catch {
    // Reported below, with what to install.
  }
  throw new Error('PostgreSQL server binaries not found: install Debian’s postgresql package, or set PG_BIN');
}

function serverUser(): { uid: number; gid: number } | null {
  if (userInfo().uid !== 0) return null;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(options: PostgresServerOptions = {}): Promise<PostgresServer> {
  const bin = postgresBinDir();
  const runAs = serverUser();
  const root = await mkdtemp(join(tmpdir(), 'pin-desk-pg-'));
  const dataDir = join(root, 'data');
  const owner = { user: 'team_owner', password: 'owner-password' };
  const passwordFile = join(root, 'owner-password');
  await writeFile(passwordFile, owner.password);
  if (runAs) {
    await chown(root, runAs.uid, runAs.gid);
    await chown(passwordFile, runAs.uid, runAs.gid);
  }
  const asServerUser = runAs ? { uid: runAs.uid, gid: runAs.gid } : {};
  execFileSync(
    join(bin, 'initdb'),
    ['-D', dataDir, '-U', owner.user, `--pwfile=${passwordFile}`, '--auth=scram-sha-256', '-E', 'UTF8', '--no-sync'],
    { ...asServerUser, stdio: 'pipe', cwd: root },
  );
  const settings = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
  if (options.tls) {
    const cert = join(root, 'server.crt');
    const key = join(root, 'server.key');
    await writeFile(cert, options.tls.cert);
    await writeFile(key, options.tls.key);
    await chmod(key, 0o600);
    if (runAs) for (const file of [cert, key]) await chown(file, runAs.uid, runAs.gid);
    settings.push('-c', 'ssl=on', '-c', `ssl_cert_file=${cert}`, '-c', `ssl_key_file=${key}`);
    if (options.tls.ca) {
      const ca = join(root, 'root.crt');
      await writeFile(ca, options.tls.ca);
      if (runAs) await chown(ca, runAs.uid, runAs.gid);
      settings.push('-c', `ssl_ca_file=${ca}`);
    }
    if (options.tls.hbaFirst) {
      const hba = join(dataDir, 'pg_hba.conf');
      await writeFile(hba, `${options.tls.hbaFirst.join('\n')}\n${await readFile(hba, 'utf8')}`);
    }
  }
  const port = await freePort();
  let child: ChildProcess | null = null;

  const ownerConfig = (): pg.ClientConfig => ({
    host: '127.0.0.1',
    port,
    user: owner.user,
    password: owner.password,
    database: 'postgres',
  });

  // A restart right after a stop can find the old postmaster's socket or lock not yet gone: try again briefly.
  const start = async (attempt = 1): Promise<void> => {
    try {
      await startOnce();
    } catch (error) {
      if (attempt >= 5 || !/lock file|could not bind|already in use/i.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 300 * attempt));
      await start(attempt + 1);
    }
  };

  const startOnce = async () => {
    const args = ['-D', dataDir, '-p', String(port), '-k', root, '-c', 'listen_addresses=127.0.0.1', ...settings];
    const started = spawn(join(bin, 'postgres'), args, {
      ...asServerUser,
      stdio: ['ignore', 'ignore', 'pipe'],
      cwd: root,
    });
    child = started;
    let output = '';
    started.stderr?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    });
    const deadline = Date.now() + 20_000;
    for (;;) {
      if (started.exitCode !== null) throw new Error(`postgres exited at start:\n${output}`);
      const client = new pg.Client(ownerConfig());
      try {
        await client.connect();
        await client.end();
        return;
      } catch (error) {
        await client.end().catch(() => {});
        if (Date.now() > deadline) throw new Error(`postgres did not accept connections: ${error}\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };

  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    // SIGINT is PostgreSQL's fast shutdown: open sessions are cut, as when a database goes away mid-shift.
    running.kill('SIGINT');
    await exited;
  };

  await start();
  return {
    host: '127.0.0.1',
    port,
    owner,
    database: 'postgres',
    ownerConfig,
    sql: async (text, values) => {
      const client = new pg.Client(ownerConfig());
      await client.connect();
      try {
        return await client.query(text, values as unknown[]);
      } finally {
        await client.end();
      }
    },
    start,
    stop,
    destroy: async () => {
      await stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}
