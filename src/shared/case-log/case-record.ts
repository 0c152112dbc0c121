// The case log's records, shared by main (which writes them) and the renderer (which lists and shows them).
// Plain data and pure functions only: no Node, no Electron.
import type { CircleCall } from '../circle/circle-call';
import type { AccountStatus, ChallengeStatus, PinStatus, SecurityQuestionStatus } from '../circle/circle-records';
import type { CustomerLanguage } from '../customer-language/customer-languages';
import type { EnvironmentId } from '../environment/environments';
import type { FlowKind, SdkOutcome, StatusSource } from '../flows/challenge-flow';
import type { PathKind } from '../lookup/path-recommendation';

/** How Overview and its filter group outcomes (case-overview/overview-records.ts says which outcome goes where). */
export const outcomeGroups = ['done', 'action-needed', 'failed', 'cancelled', 'stopped-following'] as const;
export type OutcomeGroup = (typeof outcomeGroups)[number];

export type CaseOutcome =
  | { kind: 'COMPLETE' }
  | { kind: 'FAILED'; code: number | null }
  | { kind: 'EXPIRED' }
  | { kind: 'abandoned' }
  | { kind: 'cancelled' }
  /** The agent stopped following a customer's own challenge; the challenge itself goes on in their app. */
  | { kind: 'stopped-following' };
export type CaseOutcomeKind = CaseOutcome['kind'];
export const caseOutcomeKinds: readonly CaseOutcomeKind[] = [
  'COMPLETE',
  'FAILED',
  'EXPIRED',
  'abandoned',
  'cancelled',
  'stopped-following',
];

/** What is known about a case when it opens. */
export interface CaseFacts {
  environment: EnvironmentId;
  /** Null for an executed challenge whose pasted token names no user Circle knows here. */
  userId: string | null;
  flow: FlowKind;
  agentName: string;
  ticketRef: string | null;
  note: string | null;
}

/** One case as the list shows it (no timeline). The index holds one of these per line; the latest per case wins. */
export interface CaseSummary extends CaseFacts {
  caseId: string;
  /** ISO times. */
  startedAt: string;
  endedAt: string | null;
  /** Null while the case is open. */
  outcome: CaseOutcome | null;
  /**
   * The challenges the case created or followed, so a search finds the case by one. Absent on index lines written
   * before the index carried them.
   */
  challengeIds?: string[];
  /**
   * Every Circle code the case met, first met first, each once (`circleCodeOf` below says where they come from).
   * Absent on index lines written before the index carried them, and on cases that met none.
   */
  circleCodes?: number[];
}

export interface CaseOpening extends CaseFacts {
  caseId: string;
  startedAt: string;
}

/** What the ticket reference and note can be changed to after opening (omitted = unchanged). */
export interface CaseDetailsChange {
  ticketRef?: string | null;
  note?: string | null;
}

/** One timeline entry; `at` is an ISO time. Entries never hold a secret (the store redacts on write as well). */
export type CaseEntry =
  | { type: 'case-opened'; at: string; facts: CaseFacts }
  | {
      type: 'lookup';
      at: string;
      // Circle's field names; not `pin`, a secret-bearing key the store drops anywhere it appears.
      accountStatus: AccountStatus;
      pinStatus: PinStatus;
      securityQuestionStatus: SecurityQuestionStatus;
      pinFailedAttempts: number;
      /** null when the lookup did not list them (the check main makes before starting a flow). */
      openChallenges: number | null;
    }
  // `pasted`: the developer gave the token (an executed challenge); otherwise main got it from Circle.
  | { type: 'token-acquired'; at: string; expiresAt: string; source?: 'pasted' }
  // One HTTP request to Circle: endpoint, status, and the X-Request-Id to quote to Circle Support.
  | ({ type: 'circle-call'; at: string } & CircleCall)
  | { type: 'challenge-created'; at: string; challengeId: string; challengeType: string }
  | { type: 'sdk-outcome'; at: string; kind: SdkOutcome['kind']; code?: number }
  | {
      type: 'status-changed';
      at: string;
      status: ChallengeStatus;
      source: StatusSource;
      errorCode?: number;
      /** Wrong PIN entries so far, from the user's pinDetails (each one Circle's 155112), when there are any. */
      pinFailedAttempts?: number;
    }
  /**
   * A link to another case of the same customer: a reset abandoned on "Forgot PIN?" is `continued-in` the recovery
   * that followed it, and that recovery `continues` the reset.
   */
  | { type: 'case-linked'; at: string; relation: 'continued-in' | 'continues'; caseId: string }
  | {
      type: 'error';
      at: string;
      step: string;
      code: string;
      message: string;
      circle?: { code: number; status: number };
    }
  // `customerSaid`, not `answers`: `answers` is a secret-bearing key the store drops anywhere it appears.
  | {
      type: 'recommendation';
      at: string;
      path: PathKind;
      customerSaid: { knowsPin: boolean | null; remembersAnswers: boolean | null };
    }
  /** The language the customer was served in (Circle's window, the customer screen), chosen when the case started. */
  | { type: 'customer-language'; at: string; language: CustomerLanguage }
  | { type: 'note'; at: string; text: string }
  | { type: 'details-changed'; at: string; change: CaseDetailsChange }
  | { type: 'case-closed'; at: string; outcome: CaseOutcome };
export type CaseEntryType = CaseEntry['type'];
export type CaseEntryOf<Type extends CaseEntryType> = Extract<CaseEntry, { type: Type }>;

export const caseEntryTypes: readonly CaseEntryType[] = [
  'case-opened',
  'lookup',
  'token-acquired',
  'circle-call',
  'challenge-created',
  'sdk-outcome',
  'status-changed',
  'case-linked',
  'error',
  'recommendation',
  'customer-language',
  'note',
  'details-changed',
  'case-closed',
];

/** A line of a JSON Lines file that could not be read back. Lines are numbered from 1. */
export interface LineDamage {
  line: number;
  /** `torn-last-line`: a write was cut short (crash, power loss); the entries before it are intact. */
  reason: 'torn-last-line' | 'invalid-json' | 'not-a-record';
}

export interface CaseFilter {
  /** Any part of a user ID, ticket reference, case ID, challenge ID or note (case-insensitive; every word). */
  search?: string;
  /** A user ID exactly. */
  userId?: string;
  /** `open`: no outcome yet. `EXPIRED` also finds FAILED with 155121 (how Circle reports an expiry). */
  outcome?: CaseOutcomeKind | 'open';
  /** ISO times, inclusive, compared with `startedAt`. */
  from?: string;
  to?: string;
  environment?: EnvironmentId;
  flow?: FlowKind;
  /** One of Overview's bars: done, action needed, failed, cancelled, stopped following. */
  outcomeGroup?: OutcomeGroup;
  /** Touched this Circle code along the way or at the end (Overview's codes; case-circle-codes.ts). */
  code?: number;
}

export interface CaseList {
  /** One page of the matching cases, newest first. */
  cases: CaseSummary[];
  /** How many cases match the filter in all. */
  total: number;
  /** Pass back as `after` for the next page; null on the last page. */
  nextCursor: string | null;
  /** Damaged index lines (the cases on the other lines are listed). */
  damaged: LineDamage[];
}

/** Which page of a list: at most `limit` cases, after the one a previous page's `nextCursor` named. */
export interface CasePage {
  limit: number;
  after?: string | undefined;
}

/** A position in the newest-first order, as an opaque cursor: the last case shown. */
export function caseCursor(summary: Pick<CaseSummary, 'startedAt' | 'caseId'>): string {
  return `${summary.startedAt}|${summary.caseId}`;
}

/** The position a cursor names, or null when it is not one `caseCursor` made. */
export function parseCaseCursor(cursor: string): Pick<CaseSummary, 'startedAt' | 'caseId'> | null {
  const bar = cursor.indexOf('|');
  const startedAt = cursor.slice(0, bar);
  const caseId = cursor.slice(bar + 1);
  if (bar <= 0 || caseId === '' || Number.isNaN(Date.parse(startedAt))) return null;
  return { startedAt, caseId };
}

export interface CaseView {
  summary: CaseSummary;
  entries: CaseEntry[];
  damaged: LineDamage[];
}

export function isCaseEntry(value: unknown): value is CaseEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { type, at } = value as { type?: unknown; at?: unknown };
  return typeof at === 'string' && caseEntryTypes.includes(type as CaseEntryType);
}

export function isCaseSummary(value: unknown): value is CaseSummary {
  if (typeof value !== 'object' || value === null) return false;
  const { caseId, userId, startedAt } = value as Record<string, unknown>;
  return typeof caseId === 'string' && (typeof userId === 'string' || userId === null) && typeof startedAt === 'string';
}

export function newestFirst(
  a: Pick<CaseSummary, 'startedAt' | 'caseId'>,
  b: Pick<CaseSummary, 'startedAt' | 'caseId'>,
): number {
  if (a.startedAt !== b.startedAt) return a.startedAt < b.startedAt ? 1 : -1;
  return a.caseId < b.caseId ? 1 : a.caseId > b.caseId ? -1 : 0;
}

/** A case's summary after one more entry of its timeline (null until its `case-opened`). */
export function foldCaseEntry(caseId: string, summary: CaseSummary | null, entry: CaseEntry): CaseSummary | null {
  if (entry.type === 'case-opened')
    return { caseId, ...entry.facts, startedAt: entry.at, endedAt: null, outcome: null };
  if (!summary) return null;
  if (entry.type === 'details-changed') return { ...summary, ...entry.change };
  if (entry.type === 'case-closed') {
    return withCircleCodeOf({ ...summary, endedAt: entry.at, outcome: entry.outcome }, entry);
  }
  if (entry.type === 'challenge-created') {
    const known = summary.challengeIds ?? [];
    return known.includes(entry.challengeId) ? summary : { ...summary, challengeIds: [...known, entry.challengeId] };
  }
  return withCircleCodeOf(summary, entry);
}

// The Circle codes a case touched (case-circle-codes.ts reads them; migration 0003 folds the same on the team log).
/**
 * A Circle code: a whole number (six digits, or 2 for a bad field) that fits the team log's integer column; anything
 * else in an entry is not one. Migration 0003's SQL keeps to the same, so both logs count the same codes.
 */
export function isCircleCode(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1_000_000_000;
}

/**
 * The Circle code one timeline entry reports, or null: the web SDK's error (`sdk-outcome`), a challenge's status
 * (`status-changed`, e.g. 155112 after a wrong PIN), Circle's answer to a failed request (`error`), a FAILED close.
 */
export function circleCodeOf(entry: CaseEntry): number | null {
  let code: unknown;
  if (entry.type === 'sdk-outcome') code = entry.code;
  else if (entry.type === 'status-changed') code = entry.errorCode;
  else if (entry.type === 'error') code = entry.circle?.code;
  else if (entry.type === 'case-closed' && entry.outcome.kind === 'FAILED') code = entry.outcome.code;
  return isCircleCode(code) ? code : null;
}

/** The summary with the entry's code added once, first met first (the same summary when nothing is new). */
function withCircleCodeOf(summary: CaseSummary, entry: CaseEntry): CaseSummary {
  const code = circleCodeOf(entry);
  const known = summary.circleCodes ?? [];
  return code === null || known.includes(code) ? summary : { ...summary, circleCodes: [...known, code] };
}

/** The summary a case's own timeline implies (the index may lag behind it after a crash). */
export function summaryFromEntries(caseId: string, entries: readonly CaseEntry[]): CaseSummary | null {
  return entries.reduce<CaseSummary | null>((summary, entry) => foldCaseEntry(caseId, summary, entry), null);
}

/** A case's user as lists and exports show it: an executed challenge's token may name nobody Circle knows here. */
export function caseUserLabel(userId: string | null): string {
  return userId ?? 'not named by the token';
}

export function outcomeLabel(outcome: CaseOutcome | null): string {
  if (!outcome) return 'open';
  if (outcome.kind === 'FAILED') return outcome.code === null ? 'FAILED' : `FAILED (code ${outcome.code})`;
  if (outcome.kind === 'stopped-following') return 'stopped following';
  return outcome.kind;
}
