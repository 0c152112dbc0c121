// Circle's cursor paging over a filtered, ordered collection: `pageAfter` / `pageBefore` name an item's id (exclusive),
// `pageSize` caps the page. Pure; shared by every listing route.
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import { circleError, fieldError } from '../errors/circle-errors';

export interface PageCursor {
  pageBefore?: string;
  pageAfter?: string;
  pageSize: number;
}

export interface Page<T> {
  items: T[];
  hasMoreBefore: boolean;
  hasMoreAfter: boolean;
}

export function pageOf<T extends { id: string }>(matching: readonly T[], cursor: PageCursor): Page<T> {
  if (cursor.pageBefore !== undefined && cursor.pageAfter !== undefined) throw fieldError('invalid', 'pageBefore');
  let start = 0;
  let end = Math.min(matching.length, cursor.pageSize);
  const id = cursor.pageAfter ?? cursor.pageBefore;
  if (id !== undefined) {
    const at = matching.findIndex((item) => item.id === id);
    if (at === -1) throw circleError(circleErrorCodes.paginationCursorNotFound);
    if (cursor.pageAfter !== undefined) {
      start = at + 1;
      end = Math.min(matching.length, start + cursor.pageSize);
    } else {
      end = at;
      start = Math.max(0, end - cursor.pageSize);
    }
  }
  return { items: matching.slice(start, end), hasMoreBefore: start > 0, hasMoreAfter: end < matching.length };
}

/**
 * Records by creation date, ASC or DESC, each with its date parsed once (a listing touches every record). Records come
 * in insertion order, which breaks ties between records created in the same millisecond.
 */
export function byCreateDate<T extends { createDate: string }>(
  records: Iterable<T>,
  order: 'ASC' | 'DESC',
): { record: T; createdMs: number }[] {
  const ordered = [...records].map((record, index) => ({ record, index, createdMs: Date.parse(record.createDate) }));
  ordered.sort((a, b) => a.createdMs - b.createdMs || a.index - b.index);
  if (order === 'DESC') ordered.reverse();
  return ordered;
}
