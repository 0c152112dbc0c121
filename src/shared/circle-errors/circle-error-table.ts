// Circle's HTTP error table, as published on its "HTTP Errors" page (reference/circle/README.md says where from).
// The emulator answers with these messages; the console explains them.
import rows from './circle-error-table.json' with { type: 'json' };

export interface CircleErrorRow {
  code: number;
  /** The HTTP status as a number, or null for codes the SDK's own UI raises ("N/A" in Circle's table). */
  httpStatus: number | null;
  message: string;
  description: string;
}

const allRows: readonly CircleErrorRow[] = (
  rows as { code: number; http: string; message: string; description: string }[]
).map((row) => ({
  code: row.code,
  httpStatus: /^\d{3}$/.test(row.http) ? Number(row.http) : null,
  message: row.message,
  description: row.description,
}));

// A few generic codes (2: validation) have several rows, one per message; the first is the general one.
const firstByCode = new Map<number, CircleErrorRow>();
for (const row of allRows) if (!firstByCode.has(row.code)) firstByCode.set(row.code, row);

export function circleErrorRow(code: number): CircleErrorRow | undefined {
  return firstByCode.get(code);
}

export function allCircleErrorRows(): readonly CircleErrorRow[] {
  return allRows;
}
