// The emulator's errors come from Circle's table (status and message), and the OpenAPI validator the other tests
// rely on must actually reject bodies that do not conform.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { circleError, fieldError } from '../../../src/emulator/errors/circle-errors';
import { errorTablePath } from './circle-openapi-validator';
import { openApiValidator } from './emulator-under-test';

describe('Circle error table', () => {
  it('answers every code with the reference table’s message and status', () => {
    const reference = JSON.parse(readFileSync(errorTablePath, 'utf8')) as {
      code: number;
      http: string;
      message: string;
    }[];
    for (const row of reference.filter((candidate) => candidate.code > 100)) {
      const error = circleError(row.code);
      expect([error.code, error.message]).toEqual([row.code, reference.find((r) => r.code === row.code)?.message]);
      expect(error.status).toBe(row.http === 'N/A' ? 400 : Number(row.http));
    }
  });

  it('gives status and message from the table', () => {
    const error = circleError(155104);
    expect([error.status, error.code, error.message]).toEqual([403, 155104, 'The userToken had expired.']);
    expect(circleError(155704).status).toBe(400); // UI-only codes ("N/A") travel as 400
    expect(() => circleError(999999)).toThrow(/not in the reference table/);
    expect(fieldError('missing', 'userId').message).toBe('INVALID: `userId` empty');
  });
});

describe('OpenAPI validator', () => {
  const validator = openApiValidator();
  const exchange = (route: string, method: string, status: number, body: unknown) => ({
    method,
    url: route,
    route,
    status,
    body: JSON.stringify(body),
    requestId: 'request-1',
  });

  it('accepts a conforming body and rejects a wrong one', () => {
    const user = {
      id: 'user-knows-pin',
      createDate: '2025-01-01T00:00:00.000Z',
      status: 'ENABLED',
      pinStatus: 'ENABLED',
      securityQuestionStatus: 'ENABLED',
      pinDetails: { failedAttempts: 0 },
      securityQuestionDetails: { failedAttempts: 0 },
    };
    expect(validator.problemsWith(exchange('/v1/w3s/users/:id', 'GET', 200, { data: { user } }))).toEqual([]);
    expect(
      validator.problemsWith(
        exchange('/v1/w3s/users/:id', 'GET', 200, { data: { user: { ...user, pinStatus: 'OPEN' } } }),
      ),
    ).toHaveLength(1);
    expect(validator.problemsWith(exchange('/v1/w3s/users/:id', 'GET', 200, { user }))).toHaveLength(1);
    expect(
      validator.problemsWith(exchange('/v1/w3s/user/pin', 'PUT', 201, { data: { challengeId: 'nope' } })),
    ).toHaveLength(1);
  });

  it('checks error bodies against the error schema and refuses undocumented success statuses', () => {
    expect(validator.problemsWith(exchange('/v1/w3s/users', 'POST', 409, { code: 155101, message: 'x' }))).toEqual([]);
    expect(validator.problemsWith(exchange('/v1/w3s/users', 'POST', 400, { error: 'x' }))).toHaveLength(1);
    expect(
      validator.problemsWith(exchange('/v1/w3s/users/token', 'POST', 201, { data: { userToken: 'x' } })),
    ).toHaveLength(1);
  });
});
