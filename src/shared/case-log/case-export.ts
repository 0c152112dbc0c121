// A case as text for a ticket: Markdown to paste, JSON to attach. Pure: fed what the store returns (already redacted).

import { circleErrorCodes } from '../circle-errors/circle-error-codes';
import { customerLanguageName, customerLanguages } from '../customer-language/customer-languages';
import { environmentLabels } from '../environment/environments';
import { outcomeBadge } from './case-outcome-words';
import {
  type CaseEntry,
  type CaseEntryOf,
  type CaseSummary,
  caseUserLabel,
  type LineDamage,
  outcomeLabel,
} from './case-record';
import { caseSummarySentence, caseSummaryWords } from './case-summary-words';
import { zonedIso, zonedIsoInText, zoneInWords } from './zoned-time';

// Free text stays on its list item: newlines would break the Markdown list, backticks the code spans.
function inline(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function markdownCode(text: string): string {
  return `\`${inline(text).replace(/`/g, "'")}\``;
}

/** How an entry is worded: for a Markdown document (IDs in code spans), or as plain text for the screen. */
export type EntryStyle = 'markdown' | 'plain';

function yesNo(value: boolean | null): string {
  return value === null ? 'not asked' : value ? 'yes' : 'no';
}

/** A Circle call as a ticket quotes it: what was asked, what came back, and the ID Circle Support looks it up by. */
function describeCall(call: CaseEntryOf<'circle-call'>, code: (text: string) => string): string {
  const answer =
    call.httpStatus === null
      ? 'no answer'
      : `HTTP ${call.httpStatus}${call.circleCode === undefined ? '' : ` (Circle code ${call.circleCode})`}`;
  const id = call.httpStatus === null ? 'X-Request-Id sent' : 'X-Request-Id';
  return `Circle call ${inline(call.endpoint)} → ${answer}, ${id} ${code(call.requestId)}`;
}

/** An executed challenge's token may name no user Circle knows here. */
function userInWords(userId: string | null, code: (text: string) => string): string {
  return userId === null ? `a user ${caseUserLabel(null)}` : `user ${code(userId)}`;
}

/** An entry as the Markdown export words it. */
export function describeEntry(entry: CaseEntry): string {
  return describeEntryAs(entry, 'markdown');
}

export function describeEntryAs(entry: CaseEntry, style: EntryStyle): string {
  const code = style === 'markdown' ? markdownCode : inline;
  switch (entry.type) {
    case 'case-opened':
      return `Case opened: ${entry.facts.flow} for ${userInWords(entry.facts.userId, code)} by ${inline(entry.facts.agentName)}`;
    case 'lookup':
      return (
        `Lookup: account ${entry.accountStatus}, PIN ${entry.pinStatus} (${entry.pinFailedAttempts} failed attempts), ` +
        `security questions ${entry.securityQuestionStatus}` +
        (entry.openChallenges === null ? '' : `, ${entry.openChallenges} open challenge(s)`)
      );
    case 'token-acquired':
      return entry.source === 'pasted'
        ? `User token pasted by the developer (expires ${entry.expiresAt})`
        : `User token acquired (expires ${entry.expiresAt})`;
    case 'circle-call':
      return describeCall(entry, code);
    case 'challenge-created':
      return `Challenge created: ${code(entry.challengeId)} (${entry.challengeType})`;
    case 'sdk-outcome':
      return `Hosted PIN UI reported: ${entry.kind}${entry.code === undefined ? '' : ` (code ${entry.code})`}`;
    case 'status-changed': {
      const wrong = entry.pinFailedAttempts;
      const attempts = wrong
        ? `, ${wrong} wrong PIN entr${wrong === 1 ? 'y' : 'ies'} (Circle code ${circleErrorCodes.wrongPin})`
        : '';
      return `Status ${entry.status} (from ${entry.source})${entry.errorCode === undefined ? '' : `, error code ${entry.errorCode}`}${attempts}`;
    }
    case 'case-linked':
      return entry.relation === 'continued-in'
        ? `Continued in recovery case ${code(entry.caseId)} (the customer chose "Forgot PIN?")`
        : `Continues reset case ${code(entry.caseId)}, abandoned on "Forgot PIN?"`;
    case 'error': {
      const circle = entry.circle ? ` (Circle code ${entry.circle.code}, HTTP ${entry.circle.status})` : '';
      return `Error during ${inline(entry.step)}: ${entry.code}${circle}: ${inline(entry.message)}`;
    }
    case 'recommendation':
      return (
        `Recommended path: ${entry.path} (knows PIN: ${yesNo(entry.customerSaid.knowsPin)}, ` +
        `remembers security answers: ${yesNo(entry.customerSaid.remembersAnswers)})`
      );
    case 'customer-language':
      // A tag the list does not know (an edited file) is shown as written.
      return `Customer’s language: ${customerLanguages.includes(entry.language) ? customerLanguageName(entry.language) : '?'} (${inline(entry.language)})`;
    case 'note':
      return `Note: ${inline(entry.text)}`;
    case 'details-changed': {
      const parts: string[] = [];
      if (entry.change.ticketRef !== undefined) parts.push(`ticket ${entry.change.ticketRef ?? 'removed'}`);
      if (entry.change.note !== undefined) parts.push(`note ${entry.change.note === null ? 'removed' : 'changed'}`);
      return `Details changed: ${parts.join(', ') || 'nothing'}`;
    }
    case 'case-closed':
      return `Case closed: ${outcomeLabel(entry.outcome)}`;
  }
}

export interface MarkdownOptions {
  /** The agent's IANA time zone (main's): the summary's clock and every evidence time are in it. UTC by default. */
  timeZone?: string;
}

/** Case facts as the evidence opens with them. */
function factLines(summary: CaseSummary, zone: string): string[] {
  const user = summary.userId === null ? caseUserLabel(null) : markdownCode(summary.userId);
  const lines = [
    `- Case ${markdownCode(summary.caseId)}: ${summary.flow} for ${user} on ${environmentLabels[summary.environment] ?? summary.environment}`,
    `- Started ${zonedIso(summary.startedAt, zone)}, ended ${summary.endedAt ? zonedIso(summary.endedAt, zone) : '—'}`,
    `- Times in ${zoneInWords(summary.startedAt, zone)}`,
  ];
  if (summary.challengeIds?.length) {
    lines.push(`- Challenge ${summary.challengeIds.map(markdownCode).join(', ')}`);
  }
  return lines;
}

/**
 * A case as a ticket note: the summary in the agent's local time and the outcome first, then the evidence — the
 * steps, then every Circle call with its X-Request-Id — each at its ISO time with the zone's offset.
 */
export function caseToMarkdown(
  summary: CaseSummary,
  entries: readonly CaseEntry[],
  damaged: readonly LineDamage[] = [],
  options: MarkdownOptions = {},
): string {
  const zone = options.timeZone ?? 'UTC';
  const words = caseSummaryWords(summary, { timeZone: zone, code: markdownCode });
  const badge = outcomeBadge(summary.outcome);
  const lines = [
    inline(caseSummarySentence({ ...words, agent: inline(words.agent) })),
    '',
    `**Outcome: ${badge.label}**${badge.circleSaid ? ` (Circle: ${badge.circleSaid})` : ''}` +
      (summary.ticketRef ? ` · Ticket ${inline(summary.ticketRef)}` : ''),
  ];
  if (summary.note) lines.push('', `Note: ${inline(summary.note)}`);
  lines.push('', '## Evidence', '', ...factLines(summary, zone));
  const at = (entry: CaseEntry) => `- ${zonedIso(entry.at, zone)} — `;
  const steps = entries.filter((entry) => entry.type !== 'circle-call');
  const calls = entries.filter((entry) => entry.type === 'circle-call');
  lines.push('', '### Steps', '');
  for (const entry of steps) lines.push(at(entry) + zonedIsoInText(describeEntry(entry), zone));
  lines.push('', `### Circle calls (${calls.length})`, '');
  if (calls.length === 0) lines.push('- None recorded.');
  for (const entry of calls) lines.push(at(entry) + describeEntry(entry));
  if (damaged.length > 0) {
    lines.push(
      '',
      `> ${damaged.length} line(s) of this case's log could not be read: ` +
        damaged.map((damage) => `line ${damage.line} (${damage.reason})`).join(', '),
    );
  }
  return `${lines.join('\n')}\n`;
}

export function caseToJson(
  summary: CaseSummary,
  entries: readonly CaseEntry[],
  damaged: readonly LineDamage[] = [],
): string {
  return `${JSON.stringify({ summary, entries, damaged }, null, 2)}\n`;
}
