// Warnings for the developer: requests Circle documents no answer for, which the emulator answered but which are likely
// a bug in the app (a reused idempotency key with another body). Each goes to the emulator's output as it happens and
// is kept, newest first, for `GET /emulator/warnings` and the control page. Bounded; nothing secret is in them.

export interface EmulatorWarning {
  /** On the emulator's clock. */
  at: string;
  kind: 'idempotency-body';
  message: string;
  idempotencyKey: string;
  /** The body fields that differ from the key's first request. */
  fields: string[];
  /** What the emulator did: answered as the key's first request was, or refused (`idempotencyBody: strict`). */
  outcome: 'answered-as-first' | 'refused';
}

/** Where warnings are written as they happen: stderr, unless the emulator's owner says otherwise. */
export type WarningOutput = (warning: EmulatorWarning) => void;

export const writeToStderr: WarningOutput = (warning) => console.warn(`[emulator] warning: ${warning.message}`);

export class WarningLog {
  private records: EmulatorWarning[] = [];

  constructor(
    private readonly output: WarningOutput = writeToStderr,
    private readonly limit = 100,
  ) {}

  record(warning: EmulatorWarning): void {
    this.records.unshift(warning);
    if (this.records.length > this.limit) this.records.length = this.limit;
    this.output({ ...warning, fields: [...warning.fields] });
  }

  list(): EmulatorWarning[] {
    return this.records.map((record) => ({ ...record, fields: [...record.fields] }));
  }

  clear(): void {
    this.records = [];
  }
}
