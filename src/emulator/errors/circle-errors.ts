// Circle's errors as the emulator answers them. Rows come from the console's copy of Circle's error table
// (src/shared/circle-errors/circle-error-table.json): messages are never retyped.
import { allCircleErrorRows, circleErrorRow } from '../../shared/circle-errors/circle-error-table';

export { circleErrorRow };

/** A Circle API error: the HTTP status plus the `{ code, message }` envelope Circle answers with. */
export class CircleApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'CircleApiError';
  }

  toEnvelope(): { code: number; message: string } {
    return { code: this.code, message: this.message };
  }
}

/** An error for a code in Circle's table, with the table's HTTP status and message. */
export function circleError(code: number): CircleApiError {
  const row = circleErrorRow(code);
  if (!row) throw new Error(`Circle error code ${code} is not in the reference table`);
  // Codes raised by the web SDK's own UI have no HTTP status; when the emulator returns one over HTTP it is a 400.
  return new CircleApiError(row.httpStatus ?? 400, row.code, row.message);
}

export type FieldErrorKind = 'invalid-json' | 'wrong-type' | 'missing' | 'min' | 'invalid-uuid' | 'invalid';

// Code 2 flavours, matched to the table's rows by their message's opening words.
const fieldErrorPrefix: Record<FieldErrorKind, string> = {
  'invalid-json': 'Invalid Entity',
  'wrong-type': 'Cannot unmarshal',
  missing: 'INVALID: `parameter` empty',
  min: 'Error: Field validation for `parameter` failed on the `min` tag',
  'invalid-uuid': 'Fail to bind request to `parameter`: invalid UUID format',
  invalid: 'Error: Field validation',
};

/** Circle's code-2 validation error, with `parameter` in the table's message replaced by the field's name. */
export function fieldError(kind: FieldErrorKind, field?: string): CircleApiError {
  const prefix = fieldErrorPrefix[kind];
  const row = allCircleErrorRows().find((candidate) => candidate.code === 2 && candidate.message === prefix);
  if (!row) throw new Error(`No code-2 row for ${kind}`);
  const message = field ? row.message.replaceAll('`parameter`', `\`${field}\``) : row.message;
  return new CircleApiError(row.httpStatus ?? 400, 2, message);
}
