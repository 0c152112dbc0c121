// Circle's `Link` header on listings: first, and next / prev when there is more, each the same query with a cursor.
import type { FastifyReply, FastifyRequest } from 'fastify';

function pageLink(baseUrl: string, query: Record<string, unknown>, cursor: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && key !== 'pageBefore' && key !== 'pageAfter') params.set(key, String(value));
  }
  for (const [key, value] of Object.entries(cursor)) params.set(key, value);
  return `${baseUrl}?${params.toString()}`;
}

export function setPaginationLinks(
  request: FastifyRequest,
  reply: FastifyReply,
  query: Record<string, unknown>,
  page: { first?: { id: string }; last?: { id: string }; hasMoreBefore: boolean; hasMoreAfter: boolean },
): void {
  const base = `${request.protocol}://${request.host}${request.url.split('?')[0] ?? ''}`;
  const links = [`<${pageLink(base, query, {})}>; rel="first"`];
  if (page.hasMoreAfter && page.last) links.push(`<${pageLink(base, query, { pageAfter: page.last.id })}>; rel="next"`);
  if (page.hasMoreBefore && page.first) {
    links.push(`<${pageLink(base, query, { pageBefore: page.first.id })}>; rel="prev"`);
  }
  reply.header('Link', links.join(', '));
}
