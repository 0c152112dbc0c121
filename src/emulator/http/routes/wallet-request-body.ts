// The wallet fields of `POST /user/initialize` and `POST /user/wallets` (Circle's `SetPinAndInitWalletRequest` and
// `CreateEndUserWalletRequest`), parsed into the request a challenge keeps and checked as Circle checks them.
import { z } from 'zod';
import type { WalletRequest } from '../../state/emulator-state';
import { blockchains } from '../../wallets/blockchains';
import { checkWalletRequest } from '../../wallets/wallet-creation';

export const blockchainList = z.array(z.enum(blockchains)).min(1).max(blockchains.length);

export const walletRequestFields = {
  accountType: z.enum(['SCA', 'EOA']).optional(),
  metadata: z
    .array(z.object({ name: z.string().max(1024).optional(), refId: z.string().max(1024).optional() }))
    .max(blockchains.length)
    .optional(),
};

/** The request a challenge keeps; throws Circle's error when Circle would refuse it (before any challenge is made). */
export function walletRequestOf(body: {
  accountType?: WalletRequest['accountType'] | undefined;
  blockchains: WalletRequest['blockchains'];
  metadata?: WalletRequest['metadata'] | undefined;
}): WalletRequest {
  // Circle: "If an account type is not specified during the creation of a wallet, it defaults to EOA."
  const request = {
    accountType: body.accountType ?? 'EOA',
    blockchains: body.blockchains,
    metadata: body.metadata ?? [],
  };
  checkWalletRequest(request);
  return request;
}
