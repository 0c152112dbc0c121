// Settings → Team case log's form as typed: every field a string or a box, so nothing typed is lost to a parse.
import type { TeamLogSettingsView } from '../../shared/team-log/team-log-records';

export interface TeamLogFormState {
  enabled: boolean;
  host: string;
  port: string;
  database: string;
  user: string;
  deskName: string;
  useTls: boolean;
  caFile: string;
  clientCertFile: string;
  clientKeyFile: string;
  password: string;
}

export function formFromView(view: TeamLogSettingsView | null): TeamLogFormState {
  const fields = view?.fields;
  return {
    enabled: fields?.enabled ?? false,
    host: fields?.host ?? '',
    port: String(fields?.port ?? 5432),
    database: fields?.database ?? '',
    user: fields?.user ?? '',
    deskName: fields?.deskName ?? '',
    useTls: fields?.useTls ?? false,
    caFile: fields?.caFile ?? '',
    clientCertFile: fields?.clientCertFile ?? '',
    clientKeyFile: fields?.clientKeyFile ?? '',
    password: '',
  };
}

/** What main takes: empty paths as null; the password only when typed (empty keeps the saved one). */
export function formRequest(form: TeamLogFormState) {
  const path = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    ...form,
    caFile: path(form.caFile),
    clientCertFile: path(form.clientCertFile),
    clientKeyFile: path(form.clientKeyFile),
  };
}

/** Loopback as main's TLS rule knows it: anything else always gets verified TLS. */
export function isLoopbackText(host: string): boolean {
  const bare = host
    .trim()
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
  return bare === 'localhost' || bare.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(bare) || bare === '::1';
}
