// Settings → Team case log: the form's fields checked one by one (each problem beside its field, nothing saved when
// there is one), and the saved fields read back. The password is not here: team-log-password.ts seals it.
import { access, constants } from 'node:fs/promises';
import { z } from 'zod';
import type { TeamLogFieldProblems, TeamLogFields } from '../../shared/team-log/team-log-records';
import type { SettingsPort } from '../settings/settings-port';

export const teamLogFieldsKey = 'teamLog.fields';

export interface TeamLogForm {
  enabled: boolean;
  host: string;
  port: string;
  database: string;
  user: string;
  deskName: string;
  useTls: boolean;
  caFile: string | null;
  clientCertFile: string | null;
  clientKeyFile: string | null;
  password: string;
}

const savedFields = z.strictObject({
  enabled: z.boolean(),
  host: z.string().min(1).max(253),
  port: z.number().int().min(1).max(65535),
  database: z.string().min(1).max(63),
  user: z.string().min(1).max(63),
  deskName: z.string().min(1).max(64),
  useTls: z.boolean(),
  caFile: z.string().max(1024).nullable(),
  clientCertFile: z.string().max(1024).nullable(),
  clientKeyFile: z.string().max(1024).nullable(),
});

/** The saved fields, or null when none were saved (or the file was edited into something else). */
export function savedTeamLogFields(settings: SettingsPort): TeamLogFields | null {
  const parsed = savedFields.safeParse(settings.get(teamLogFieldsKey));
  return parsed.success ? parsed.data : null;
}

export function saveTeamLogFields(settings: SettingsPort, fields: TeamLogFields): void {
  settings.set(teamLogFieldsKey, fields);
}

const hostPattern = /^(\[[0-9A-Fa-f:.]+\]|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*|[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)$/;
const namePattern = /^[^\s"'\\;]{1,63}$/;

async function unreadable(path: string | null): Promise<boolean> {
  if (!path) return false;
  return access(path, constants.R_OK).then(
    () => false,
    () => true,
  );
}

const emptyToNull = (path: string | null) => (path && path.trim() !== '' ? path.trim() : null);

/** The fields the form describes, or each field's problem. `hasSavedPassword`: an empty password keeps that one. */
export async function checkTeamLogForm(
  form: TeamLogForm,
  hasSavedPassword: boolean,
): Promise<{ fields: TeamLogFields; problems: null } | { fields: null; problems: TeamLogFieldProblems }> {
  const problems: TeamLogFieldProblems = {};
  const host = form.host.trim();
  if (host === '') problems.host = 'Enter the database’s host name or address.';
  else if (!hostPattern.test(host)) problems.host = 'Enter a host name (db.example.org) or an address (10.0.0.5).';
  const port = Number(form.port.trim());
  if (!/^\d{1,5}$/.test(form.port.trim()) || port < 1 || port > 65535)
    problems.port = 'Enter a port from 1 to 65535 (PostgreSQL’s is 5432).';
  if (!namePattern.test(form.database.trim()))
    problems.database = 'Enter the database’s name (up to 63 characters, no spaces or quotes).';
  if (!namePattern.test(form.user.trim()))
    problems.user = 'Enter this desk’s database user (up to 63 characters, no spaces or quotes).';
  const deskName = form.deskName.trim();
  if (deskName === '' || deskName.length > 64)
    problems.deskName = 'Enter this desk’s name as the team knows it (up to 64 characters).';
  const caFile = emptyToNull(form.caFile);
  const clientCertFile = emptyToNull(form.clientCertFile);
  const clientKeyFile = emptyToNull(form.clientKeyFile);
  if (await unreadable(caFile)) problems.caFile = 'PIN Desk cannot read this file.';
  if (await unreadable(clientCertFile)) problems.clientCertFile = 'PIN Desk cannot read this file.';
  if (await unreadable(clientKeyFile)) problems.clientKeyFile = 'PIN Desk cannot read this file.';
  if (Boolean(clientCertFile) !== Boolean(clientKeyFile)) {
    problems[clientCertFile ? 'clientKeyFile' : 'clientCertFile'] =
      'A client certificate needs both its certificate and its key file.';
  }
  if (form.password === '' && !hasSavedPassword && !clientCertFile) {
    problems.password = 'Enter the password, or give a client certificate and key.';
  }
  if (Object.keys(problems).length > 0) return { fields: null, problems };
  const fields: TeamLogFields = {
    enabled: form.enabled,
    host,
    port,
    database: form.database.trim(),
    user: form.user.trim(),
    deskName,
    useTls: form.useTls,
    caFile,
    clientCertFile,
    clientKeyFile,
  };
  return { fields, problems: null };
}
