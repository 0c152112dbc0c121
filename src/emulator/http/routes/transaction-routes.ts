// GET /v1/w3s/transactions for the user of `X-User-Token`: always empty (no transfers are simulated), with every
// filter Circle takes checked as Circle checks it.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { userFromToken } from '../../auth/user-session';
import type { EmulatorCore } from '../../emulator-core';
import { blockchains } from '../../wallets/blockchains';
import { dateRangeFields, orderField, pageFields, queryBoolean } from '../listing-query';
import { setPaginationLinks } from '../pagination-links';
import { singleHeader } from '../request-headers';
import { parseWith } from '../request-parsing';

const transactionListQuery = z.object({
  blockchain: z.enum(blockchains).optional(),
  destinationAddress: z.string().min(1).max(200).optional(),
  includeAll: queryBoolean.optional(),
  operation: z.enum(['TRANSFER', 'CONTRACT_EXECUTION']).optional(),
  state: z
    .enum(['CANCELLED', 'CONFIRMED', 'COMPLETE', 'DENIED', 'FAILED', 'INITIATED', 'CLEARED', 'QUEUED', 'SENT'])
    .optional(),
  txHash: z.string().min(1).max(200).optional(),
  txType: z.enum(['INBOUND', 'OUTBOUND']).optional(),
  userId: z.string().min(5).max(50).optional(),
  // A comma-separated list of wallet ids.
  walletIds: z
    .string()
    .max(20 * 37)
    .regex(/^[0-9a-fA-F-]{36}(,[0-9a-fA-F-]{36})*$/)
    .optional(),
  ...dateRangeFields,
  ...pageFields,
  ...orderField,
});

export function registerTransactionRoutes(app: FastifyInstance, core: EmulatorCore): void {
  app.get('/v1/w3s/transactions', async (request, reply) => {
    userFromToken(core, singleHeader(request, 'X-User-Token'));
    const query = parseWith(transactionListQuery, request.query);
    setPaginationLinks(request, reply, query, { hasMoreBefore: false, hasMoreAfter: false });
    return { data: { transactions: [] } };
  });
}
