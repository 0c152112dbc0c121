// `GET /v1/w3s/users`: filters, date range and cursor paging over users, as a pure function of the records.
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import { circleError, fieldError } from '../errors/circle-errors';
import type { CredentialStatus } from '../rules/challenge-lifecycle';
import type { UserRecord } from './emulator-state';
import { type EndUser, standingOf, toEndUser } from './user-view';

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
  // Records are in insertion order, which breaks ties between users created in the same millisecond. Dates are
  // parsed once per user, and only the page returned is shaped as EndUsers: a listing touches every user.
  const ordered = [...records].map((record, index) => ({ record, index, createdMs: Date.parse(record.createDate) }));
  ordered.sort((a, b) => a.createdMs - b.createdMs || a.index - b.index);
  if (query.order === 'DESC') ordered.reverse();
  const filtersStatus = query.pinStatus !== undefined || query.securityQuestionStatus !== undefined;
  const matching = ordered
    .filter(({ record, createdMs }) => {
      if (!(createdMs >= fromMs && createdMs <= toMs)) return false;
      if (!filtersStatus) return true;
      const standing = standingOf(record, nowMs);
      return (
        (query.pinStatus === undefined || standing.pinStatus === query.pinStatus) &&
        (query.securityQuestionStatus === undefined || standing.securityQuestionStatus === query.securityQuestionStatus)
      );
    })
    .map(({ record }) => record);
  let start = 0;
  let end = Math.min(matching.length, query.pageSize);
  const cursor = query.pageAfter ?? query.pageBefore;
  if (cursor !== undefined) {
    const at = matching.findIndex((record) => record.id === cursor);
    if (at === -1) throw circleError(circleErrorCodes.paginationCursorNotFound);
    if (query.pageAfter !== undefined) {
      start = at + 1;
      end = Math.min(matching.length, start + query.pageSize);
    } else {
      end = at;
      start = Math.max(0, end - query.pageSize);
    }
  }
  return {
    users: matching.slice(start, end).map((record) => toEndUser(record, nowMs)),
    hasMoreBefore: start > 0,
    hasMoreAfter: end < matching.length,
  };
}
