// The lines of a case file after a known position: only whole lines (a line still being written is left for the next
// read), numbered from 1 as the local log numbers them, each with its entry or why it is not one.
import { open } from 'node:fs/promises';
import { type CaseEntry, isCaseEntry } from '../../shared/case-log/case-record';

/** How far into a case file replication has got: bytes, and the number of the last line sent or set aside. */
export interface FilePosition {
  offset: number;
  line: number;
}

export type TailLine =
  | { line: number; entry: CaseEntry; end: FilePosition }
  | { line: number; damage: 'invalid-json' | 'not-a-record'; end: FilePosition };

export const fileStart: FilePosition = { offset: 0, line: 0 };

/** Whole lines of `path` from `from`, at most `limit` of them; an empty list when the file is missing. */
export async function readTail(
  path: string,
  from: FilePosition,
  limit = Number.POSITIVE_INFINITY,
): Promise<TailLine[]> {
  let bytes: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      bytes = Buffer.alloc(Math.max(0, size - from.offset));
      if (bytes.length > 0) await handle.read(bytes, 0, bytes.length, from.offset);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const lines: TailLine[] = [];
  let start = 0;
  let line = from.line;
  while (lines.length < limit) {
    const newline = bytes.indexOf(0x0a, start);
    if (newline < 0) break;
    line += 1;
    const end = { offset: from.offset + newline + 1, line };
    const text = bytes.subarray(start, newline).toString('utf8');
    start = newline + 1;
    // The appender never writes an empty line; one here is numbered but holds nothing to send.
    if (text === '') continue;
    lines.push(parseLine(text, line, end));
  }
  return lines;
}

function parseLine(text: string, line: number, end: FilePosition): TailLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { line, damage: 'invalid-json', end };
  }
  return isCaseEntry(value) ? { line, entry: value, end } : { line, damage: 'not-a-record', end };
}
