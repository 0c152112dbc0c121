// Wallets for the user of `X-User-Token`: POST /v1/w3s/user/wallets (a CREATE_WALLET challenge: the wallets appear
// when the customer confirms with their PIN), GET /v1/w3s/wallets, GET /v1/w3s/wallets/:id and
// GET /v1/w3s/wallets/:id/balances (no tokens: nothing on any chain is simulated).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { circleErrorCodes } from '../../../shared/circle-errors/circle-error-codes';
import { userFromToken } from '../../auth/user-session';
import { startPinChallenge } from '../../challenges/challenge-creation';
import type { EmulatorCore } from '../../emulator-core';
import { circleError } from '../../errors/circle-errors';
import type { WalletRecord } from '../../state/emulator-state';
import { blockchains } from '../../wallets/blockchains';
import { listWallets } from '../../wallets/wallet-listing';
import { toWalletView } from '../../wallets/wallet-view';
import { dateRangeFields, orderField, pageFields, queryBoolean } from '../listing-query';
import { setPaginationLinks } from '../pagination-links';
import { singleHeader } from '../request-headers';
import { parseBody, parseWith } from '../request-parsing';
import { blockchainList, walletRequestFields, walletRequestOf } from './wallet-request-body';

const createWalletsBody = z.object({ idempotencyKey: z.uuidv4(), blockchains: blockchainList, ...walletRequestFields });

const scaCores = [
  'circle_4337_v1',
  'circle_6900_singleowner_v1',
  'circle_6900_singleowner_v2',
  'circle_6900_singleowner_v3',
] as const;
const walletListQuery = z.object({
  address: z.string().min(1).max(200).optional(),
  blockchain: z.enum(blockchains).optional(),
  scaCore: z.enum(scaCores).optional(),
  walletSetId: z.uuid().optional(),
  refId: z.string().max(1024).optional(),
  ...dateRangeFields,
  ...pageFields,
  ...orderField,
});

const balanceQuery = z.object({
  includeAll: queryBoolean.optional(),
  name: z.string().max(200).optional(),
  tokenAddress: z.string().max(2000).optional(),
  standard: z
    .enum([
      'ERC20',
      'ERC721',
      'ERC1155',
      'Fungible',
      'FungibleAsset',
      'NonFungible',
      'NonFungibleEdition',
      'ProgrammableNonFungible',
      'ProgrammableNonFungibleEdition',
    ])
    .optional(),
  ...pageFields,
});

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function registerWalletRoutes(app: FastifyInstance, core: EmulatorCore): void {
  const tokenUser = (request: FastifyRequest) => userFromToken(core, singleHeader(request, 'X-User-Token')).user;

  /** The token user's wallet named in the path; another user's wallet reads exactly like a missing one. */
  const ownWallet = (request: FastifyRequest): WalletRecord => {
    const user = tokenUser(request);
    const { id } = request.params as { id?: unknown };
    if (typeof id !== 'string' || !uuidPattern.test(id)) throw circleError(circleErrorCodes.invalidUuid);
    const wallet = core.store.wallets.get(id);
    if (!wallet || wallet.userId !== user.id) throw circleError(circleErrorCodes.walletNotFound);
    return wallet;
  };

  app.post('/v1/w3s/user/wallets', async (request, reply) => {
    const user = tokenUser(request);
    const body = parseBody(createWalletsBody, request.body);
    const walletRequest = walletRequestOf(body);
    const { created, challenge } = startPinChallenge(core, user, 'CREATE_WALLET', body.idempotencyKey, walletRequest);
    return reply.code(created ? 201 : 200).send({ data: { challengeId: challenge.id } });
  });

  app.get('/v1/w3s/wallets', async (request, reply) => {
    const user = tokenUser(request);
    const query = parseWith(walletListQuery, request.query);
    const page = listWallets(core.store.walletsOf(user.id), query);
    setPaginationLinks(request, reply, query, { ...page, first: page.items[0], last: page.items.at(-1) });
    return { data: { wallets: page.items.map(toWalletView) } };
  });

  app.get('/v1/w3s/wallets/:id', async (request) => ({ data: { wallet: toWalletView(ownWallet(request)) } }));

  app.get('/v1/w3s/wallets/:id/balances', async (request, reply) => {
    ownWallet(request);
    const query = parseWith(balanceQuery, request.query);
    setPaginationLinks(request, reply, query, { hasMoreBefore: false, hasMoreAfter: false });
    return { data: { tokenBalances: [] } };
  });
}
