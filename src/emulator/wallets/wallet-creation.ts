// Wallets from a challenge's request: checked as Circle checks it when the challenge is created, and made — one per
// blockchain asked for, LIVE, in the user's one wallet set — when the challenge completes.
import { randomUUID } from 'node:crypto';
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import { circleError, fieldError } from '../errors/circle-errors';
import type { WalletRecord, WalletRequest } from '../state/emulator-state';
import { addressFamilyOf, supportsSca } from './blockchains';
import { newAddress } from './wallet-addresses';

/** Circle's refusals for a wallet request, thrown before any challenge is made. */
export function checkWalletRequest(request: WalletRequest): void {
  const { accountType, blockchains, metadata } = request;
  if (new Set(blockchains).size !== blockchains.length) throw fieldError('invalid', 'blockchains');
  if (metadata.length > 0 && metadata.length !== blockchains.length) {
    throw circleError(circleErrorCodes.walletMetadataCountMismatch);
  }
  if (accountType !== 'SCA') return;
  if (!blockchains.every(supportsSca)) throw circleError(circleErrorCodes.scaNotSupportedOnBlockchain);
  if (blockchains.length > 1) throw circleError(circleErrorCodes.scaOnOneBlockchainAtATime);
}

/** The wallets a completed challenge makes; the wallet set is the one the user's earlier wallets are in, if any. */
export function makeWallets(
  request: WalletRequest,
  userId: string,
  earlierWallets: readonly WalletRecord[],
  nowMs: number,
): WalletRecord[] {
  const walletSetId = earlierWallets[0]?.walletSetId ?? randomUUID();
  const now = new Date(nowMs).toISOString();
  return request.blockchains.map((blockchain, index) => {
    const { name, refId } = request.metadata[index] ?? {};
    return {
      id: randomUUID(),
      userId,
      walletSetId,
      blockchain,
      accountType: request.accountType,
      ...newAddress(addressFamilyOf(blockchain)),
      ...(name === undefined ? {} : { name }),
      ...(refId === undefined ? {} : { refId }),
      createDate: now,
      updateDate: now,
    };
  });
}
