// Reads one header as a single string (a repeated header is treated as absent rather than guessed at).
import type { FastifyRequest } from 'fastify';

export function singleHeader(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return typeof value === 'string' ? value : undefined;
}
