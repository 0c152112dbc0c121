// Turns request bodies, queries and path parameters into typed values, or into Circle's code-2 validation errors
// (missing field, wrong JSON type, failed constraint), so handlers only ever see valid input.
import type { z } from 'zod';
import { type CircleApiError, fieldError } from '../errors/circle-errors';

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function toCircleError(issue: z.core.$ZodIssue, input: unknown): CircleApiError {
  const field = issue.path.map(String).join('.') || undefined;
  if (issue.code === 'invalid_type') {
    return valueAt(input, issue.path) === undefined ? fieldError('missing', field) : fieldError('wrong-type', field);
  }
  if (issue.code === 'too_small') return fieldError('min', field);
  if (issue.code === 'invalid_format' && issue.format === 'uuid') return fieldError('invalid-uuid', field);
  return fieldError('invalid', field);
}

/** Parses a JSON body: anything but an object is Circle's "Cannot unmarshal", a bad field its field error. */
export function parseBody<Schema extends z.ZodType>(schema: Schema, body: unknown): z.infer<Schema> {
  const input = body ?? {};
  if (typeof input !== 'object' || Array.isArray(input)) throw fieldError('wrong-type');
  return parseWith(schema, input);
}

export function parseWith<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const [first] = result.error.issues;
  throw first ? toCircleError(first, input) : fieldError('invalid');
}
