// The team case log as the renderer sees it: settings (never the password), replication's progress, the team's cases.
import type { CaseSummary, LineDamage } from '../case-log/case-record';

export type TeamLogProblemKind =
  | 'unreachable'
  | 'tls'
  | 'authentication'
  | 'schema-missing'
  | 'schema-behind'
  | 'permission'
  | 'desk'
  | 'unknown';

export interface TeamLogProblem {
  kind: TeamLogProblemKind;
  message: string;
  /** For a schema missing or behind: each migration not yet run, and the file to give the database's owner. */
  missing?: { name: string; file: string }[];
}

/** The form's fields as saved (no password: only whether one is kept, and where). */
export interface TeamLogFields {
  enabled: boolean;
  host: string;
  port: number;
  database: string;
  user: string;
  deskName: string;
  /** Asked for on loopback; always on for any other host. */
  useTls: boolean;
  /** PEM files on this computer: the team's certificate authority, and a client certificate with its key. */
  caFile: string | null;
  clientCertFile: string | null;
  clientKeyFile: string | null;
}

export interface TeamLogSettingsView {
  fields: TeamLogFields | null;
  password: { stored: boolean; storage: 'encrypted' | 'session-only' | null; reason: string | null };
}

/** Each field's problem, in words, beside the field; nothing is saved when there is one. */
export type TeamLogFieldProblems = Partial<Record<keyof TeamLogFields | 'password', string>>;

export interface TeamLogSaveResult {
  saved: boolean;
  problems: TeamLogFieldProblems;
  view: TeamLogSettingsView;
}

export type TeamLogTestResult =
  | { ok: true; desk: string; message: string }
  | { ok: false; problems: TeamLogFieldProblems; problem: TeamLogProblem | null };

export interface SetAsideView {
  entryId: string;
  caseId: string;
  line: number;
  reason: string;
  at: string;
}

export interface ReplicationStatus {
  enabled: boolean;
  /** Entries in the local log not yet in the team log. */
  pending: number;
  /** ISO time and result of the last attempt to send (null: none yet). */
  lastTry: { at: string; error: string | null } | null;
  setAside: SetAsideView[];
}

export interface TeamCaseSummary extends CaseSummary {
  desk: string;
}

export interface TeamCaseList {
  cases: TeamCaseSummary[];
  /** Matching cases, counted up to a cap; `totalIsAtLeast` when there are more. */
  total: number;
  totalIsAtLeast: boolean;
  nextCursor: string | null;
  damaged: LineDamage[];
}

/** Another desk's open case for the same user on the same environment. */
export interface OpenElsewhere {
  desk: string;
  caseId: string;
  agentName: string;
  startedAt: string;
}

export type OpenElsewhereAnswer = { checked: true; cases: OpenElsewhere[] } | { checked: false; reason: string };

/** "12 entries not yet in the team log; last try 14:02: connection refused". */
export function replicationBehindText(status: ReplicationStatus, time: (iso: string) => string): string | null {
  if (!status.enabled) return null;
  const entries = status.pending === 1 ? '1 entry' : `${status.pending} entries`;
  const last = status.lastTry
    ? `; last try ${time(status.lastTry.at)}${status.lastTry.error ? `: ${status.lastTry.error}` : ''}`
    : '';
  if (status.pending === 0 && !status.lastTry?.error) return null;
  return `${entries} not yet in the team log${last}`;
}
