// `GET /v1/w3s/users`: filters, date range and cursor paging over users, as a pure function of the records.
import type { CredentialStatus } from '../rules/challenge-lifecycle';
import { byCreateDate, type PageCursor, pageOf } from './cursor-paging';
import type { UserRecord } from './emulator-state';
import { type EndUser, standingOf, toEndUser } from './user-view';

export interface UserListQuery extends PageCursor {
  pinStatus?: CredentialStatus;
  securityQuestionStatus?: CredentialStatus;
  from?: string;
  to?: string;
  order: 'ASC' | 'DESC';
}

export interface UserPage {
  users: EndUser[];
  hasMoreBefore: boolean;
  hasMoreAfter: boolean;
}

export function listUsers(records: Iterable<UserRecord>, query: UserListQuery, nowMs: number): UserPage {
  const fromMs = query.from === undefined ? Number.NEGATIVE_INFINITY : Date.parse(query.from);
  const toMs = query.to === undefined ? Number.POSITIVE_INFINITY : Date.parse(query.to);
  // Only the page returned is shaped as EndUsers: a listing touches every user.
  const filtersStatus = query.pinStatus !== undefined || query.securityQuestionStatus !== undefined;
  const matching = byCreateDate(records, query.order)
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
  const page = pageOf(matching, query);
  return {
    users: page.items.map((record) => toEndUser(record, nowMs)),
    hasMoreBefore: page.hasMoreBefore,
    hasMoreAfter: page.hasMoreAfter,
  };
}
