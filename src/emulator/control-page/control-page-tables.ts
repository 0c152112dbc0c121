// The control page's read-only tables, filled from what the emulator's API answered: users, challenges, notifications
// sent, faults and warnings for the developer. Rows are text only (textContent), so nothing the API holds can become
// markup.
//
// Served as source text next to the page's script (see control-page.ts): this function must stay self-contained —
// type imports only, nothing from module scope, no classes.
import type { ControlPageElement, ControlPageGlobals } from './control-page-dom';

type Row = Record<string, unknown>;

export function createControlPageTables(document: ControlPageGlobals['document']) {
  function byId(id: string): ControlPageElement {
    const element = document.getElementById(id);
    if (!element) throw new Error(`The control page has no #${id}`);
    return element;
  }

  function list(value: unknown): Row[] {
    return Array.isArray(value) ? (value as Row[]) : [];
  }

  function text(value: unknown): string {
    if (value === undefined || value === null || value === '') return '—';
    return String(value);
  }

  /** ISO dates on the emulator's clock, shown as UTC without milliseconds. */
  function time(value: unknown): string {
    return typeof value === 'string' && value !== '' ? `${value.slice(0, 19).replace('T', ' ')} UTC` : '—';
  }

  function details(value: unknown): Row {
    return (typeof value === 'object' && value !== null ? value : {}) as Row;
  }

  function fill(bodyId: string, rows: string[][], columns: number, empty: string): void {
    const body = byId(bodyId);
    if (rows.length === 0) {
      const cell = document.createElement('td');
      cell.setAttribute('colspan', String(columns));
      cell.textContent = empty;
      const row = document.createElement('tr');
      row.append(cell);
      body.replaceChildren(row);
      return;
    }
    body.replaceChildren(
      ...rows.map((cells) => {
        const row = document.createElement('tr');
        cells.forEach((value, index) => {
          const cell = document.createElement(index === 0 ? 'th' : 'td');
          if (index === 0) cell.setAttribute('scope', 'row');
          cell.textContent = value;
          row.append(cell);
        });
        return row;
      }),
    );
  }

  function users(all: Row[]): void {
    const rows = all.map((user) => {
      const pin = details(user.pinDetails);
      const answers = details(user.securityQuestionDetails);
      return [
        text(user.id),
        text(user.status),
        text(user.pinStatus),
        text(pin.failedAttempts),
        time(pin.lockedExpiryDate),
        text(user.securityQuestionStatus),
        text(answers.failedAttempts),
        time(answers.lockedExpiryDate),
      ];
    });
    fill('users-body', rows, 8, 'No users.');
    byId('user-ids').replaceChildren(
      ...all.map((user) => {
        const option = document.createElement('option');
        option.setAttribute('value', text(user.id));
        return option;
      }),
    );
  }

  function challenges(all: Row[]): void {
    const rows = all.map((challenge) => [
      text(challenge.id),
      text(challenge.userId),
      text(challenge.type),
      text(challenge.status),
      challenge.errorCode === undefined ? '—' : `${text(challenge.errorCode)} ${text(challenge.errorMessage)}`,
      time(challenge.createDate),
      time(challenge.expiresAt),
    ]);
    fill('challenges-body', rows, 7, 'No challenges yet.');
  }

  function notifications(all: Row[]): void {
    const rows = all.map((delivery) => [
      time(delivery.at),
      text(delivery.notificationType),
      text(delivery.endpoint),
      text(delivery.attempt),
      typeof delivery.result === 'number' ? `HTTP ${delivery.result}` : 'no answer (network error)',
    ]);
    fill('notifications-body', rows, 5, 'No notifications sent (no subscription, or no status change yet).');
  }

  function faults(all: Row[]): void {
    const rows = all.map((fault) => [
      text(fault.method),
      text(fault.path),
      fault.drop ? 'dropped connection' : `${text(fault.status)} ${fault.code === undefined ? '' : text(fault.code)}`,
      text(fault.times),
    ]);
    fill('faults-body', rows, 4, 'No faults injected.');
  }

  function warnings(all: Row[]): void {
    const rows = all.map((warning) => [time(warning.at), text(warning.message)]);
    fill('warnings-body', rows, 2, 'No warnings.');
  }

  return { list, time, users, challenges, notifications, faults, warnings };
}

export type ControlPageTables = ReturnType<typeof createControlPageTables>;
