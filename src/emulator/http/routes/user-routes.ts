// Users and their session tokens: POST/GET /v1/w3s/users, GET /v1/w3s/users/:id, POST /v1/w3s/users/token,
// GET /v1/w3s/user.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { circleErrorCodes } from '../../../shared/circle-errors/circle-error-codes';
import { tokenAuthorityOf, userFromToken } from '../../auth/user-session';
import { issueUserToken } from '../../auth/user-token';
import type { EmulatorCore } from '../../emulator-core';
import { circleError } from '../../errors/circle-errors';
import { newUserRecord } from '../../scenarios/user-builder';
import { listUsers } from '../../state/user-listing';
import { toEndUser } from '../../state/user-view';
import { dateRangeFields, orderField, pageFields } from '../listing-query';
import { setPaginationLinks } from '../pagination-links';
import { singleHeader } from '../request-headers';
import { parseBody, parseWith } from '../request-parsing';

// Circle's ExternalUserId: the developer's own id, 5–50 characters (control characters refused).
export const externalUserId = z
  .string()
  .min(5)
  .max(50)
  .regex(/^[^\p{Cc}]+$/u);

const userIdBody = z.object({ userId: externalUserId });
const userIdParams = z.object({ id: externalUserId });
const credentialStatus = z.enum(['ENABLED', 'UNSET', 'LOCKED']);
const userListQuery = z.object({
  pinStatus: credentialStatus.optional(),
  securityQuestionStatus: credentialStatus.optional(),
  ...dateRangeFields,
  ...pageFields,
  ...orderField,
});

export function registerUserRoutes(app: FastifyInstance, core: EmulatorCore): void {
  app.post('/v1/w3s/users', async (request, reply) => {
    const { userId } = parseBody(userIdBody, request.body);
    if (core.store.users.has(userId)) throw circleError(circleErrorCodes.userAlreadyExists);
    const record = newUserRecord(userId, core.clock.nowMs());
    core.store.putUser(record);
    return reply.code(201).send({ data: toEndUser(record, core.clock.nowMs()) });
  });

  app.get('/v1/w3s/users', async (request, reply) => {
    const query = parseWith(userListQuery, request.query);
    const page = listUsers(core.store.users.values(), query, core.clock.nowMs());
    setPaginationLinks(request, reply, query, { ...page, first: page.users[0], last: page.users.at(-1) });
    return { data: { users: page.users } };
  });

  app.get('/v1/w3s/users/:id', async (request) => {
    const { id } = parseWith(userIdParams, request.params);
    const record = core.store.users.get(id);
    if (!record) throw circleError(circleErrorCodes.userNotFound);
    return { data: { user: toEndUser(record, core.clock.nowMs()) } };
  });

  app.post('/v1/w3s/users/token', async (request) => {
    const { userId } = parseBody(userIdBody, request.body);
    if (!core.store.users.has(userId)) throw circleError(circleErrorCodes.userNotFound);
    const { userToken, encryptionKey } = issueUserToken(userId, tokenAuthorityOf(core), core.clock.nowMs());
    return { data: { userToken, encryptionKey } };
  });

  app.get('/v1/w3s/user', async (request) => {
    const { user } = userFromToken(core, singleHeader(request, 'X-User-Token'));
    return { data: toEndUser(user, core.clock.nowMs()) };
  });
}
