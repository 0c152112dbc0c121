// `GET /v1/w3s/users`: filters, date range and cursor paging over users, as a pure function of the records.
import { circleError, fieldError } from '../errors/circle-errors';
import type { CredentialStatus } from '../rules/challenge-lifecycle';
import type { UserRecord } from './emulator-state';
import { type EndUser, toEndUser } from './user-view';

export interface UserListQuery {
  pinStatus?: CredentialStatus;
  securityQuestionStatus?: CredentialStatus;
  from?: string;
  to?: string;
  pageBefore?: string;
  pageAfter?: string;
  pageSize: number;
  order: 'ASC' | 'DESC';
}

export interface UserPage {
  users: EndUser[];
  hasMoreBefore: boolean;
  hasMoreAfter: boolean;
}

export function listUsers(records: Iterable<UserRecord>, query: UserListQuery, nowMs: number): UserPage {
  if (query.pageBefore !== undefined && query.pageAfter !== undefined) throw fieldError('invalid', 'pageBefore');
  const fromMs = query.from === undefined ? Number.NEGATIVE_INFINITY : Date.parse(query.from);
  const toMs = query.to === undefined ? Number.POSITIVE_INFINITY : Date.parse(query.to);
  // Records are in insertion order, which breaks ties between users created in the same millisecond.
  const ordered = [...records].map((record, index) => ({ record, index }));
  ordered.sort((a, b) => Date.parse(a.record.createDate) - Date.parse(b.record.createDate) || a.index - b.index);
  if (query.order === 'DESC') ordered.reverse();
  const matching = ordered
    .map(({ record }) => toEndUser(record, nowMs))
    .filter((user) => {
      const created = Date.parse(user.createDate);
      return (
        created >= fromMs &&
        created <= toMs &&
        (query.pinStatus === undefined || user.pinStatus === query.pinStatus) &&
        (query.securityQuestionStatus === undefined || user.securityQuestionStatus === query.securityQuestionStatus)
      );
    });
  let start = 0;
  let end = Math.min(matching.length, query.pageSize);
  const cursor = query.pageAfter ?? query.pageBefore;
  if (cursor !== undefined) {
    const at = matching.findIndex((user) => user.id === cursor);
    if (at === -1) throw circleError(156012);
    if (query.pageAfter !== undefined) {
      start = at + 1;
      end = Math.min(matching.length, start + query.pageSize);
    } else {
      end = at;
      start = Math.max(0, end - query.pageSize);
    }
  }
  return { users: matching.slice(start, end), hasMoreBefore: start > 0, hasMoreAfter: end < matching.length };
}
