// A desk that signs in with a client certificate instead of a password (pg_hba `cert`): TLS is turned on for it even
// on loopback, the server's certificate is verified against the team's CA, and without the certificate it is refused.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTeamConnection } from '../../../../src/main/team-log/connection-check';
import { clientConfig, tlsMaterialOf } from '../../../../src/main/team-log/team-log-connection';
import { type PostgresServer, startPostgres } from '../../../support/postgres-server';
import { migrateAsOwner, migrationsDir } from '../../../support/team-database';

let server: PostgresServer;
let folder: string;
const files = { caFile: '', clientCertFile: '', clientKeyFile: '' };

beforeAll(async () => {
  const ca = await generate([{ name: 'commonName', value: 'team CA (test)' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  const signedBy = { key: ca.private, cert: ca.cert };
  const serverCert = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    ca: signedBy,
    extensions: [
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
    ],
  });
  // pg_hba `cert`: the certificate's common name is the role's name.
  const clientCert = await generate([{ name: 'commonName', value: 'desk_cert' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    ca: signedBy,
    extensions: [{ name: 'extKeyUsage', clientAuth: true }],
  });
  server = await startPostgres({
    tls: {
      cert: serverCert.cert,
      key: serverCert.private,
      ca: ca.cert,
      hbaFirst: ['hostssl all desk_cert 127.0.0.1/32 cert'],
    },
  });
  await migrateAsOwner(server);
  await server.sql('CREATE ROLE desk_cert LOGIN IN ROLE team_log_desk');
  await server.sql("INSERT INTO team_desk (role_name, desk) VALUES ('desk_cert', 'Cert-Desk')");
  folder = await mkdtemp(join(tmpdir(), 'pin-desk-certs-'));
  files.caFile = join(folder, 'team-ca.pem');
  files.clientCertFile = join(folder, 'desk.crt');
  files.clientKeyFile = join(folder, 'desk.key');
  await writeFile(files.caFile, ca.cert);
  await writeFile(files.clientCertFile, clientCert.cert);
  await writeFile(files.clientKeyFile, clientCert.private, { mode: 0o600 });
}, 60_000);

afterAll(async () => {
  await server?.destroy();
  if (folder) await rm(folder, { recursive: true, force: true });
});

const fields = () => ({
  enabled: true,
  host: '127.0.0.1',
  port: server.port,
  database: 'postgres',
  user: 'desk_cert',
  deskName: 'Cert-Desk',
  useTls: false,
  caFile: files.caFile,
  clientCertFile: files.clientCertFile,
  clientKeyFile: files.clientKeyFile,
});

describe('a desk with a client certificate', () => {
  it('connects with the certificate and no password, over TLS it did not have to ask for', async () => {
    const material = await tlsMaterialOf(fields());
    const config = clientConfig(fields(), null, material);
    expect(config.ssl).toMatchObject({ rejectUnauthorized: true });
    expect(await checkTeamConnection(config, fields(), migrationsDir)).toMatchObject({ ok: true, desk: 'Cert-Desk' });
  });

  it('is refused without its certificate', async () => {
    const without = { ...fields(), clientCertFile: null, clientKeyFile: null, useTls: true };
    const config = clientConfig(without, null, await tlsMaterialOf(without));
    const result = await checkTeamConnection(config, without, migrationsDir);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'authentication' } });
  });
});
