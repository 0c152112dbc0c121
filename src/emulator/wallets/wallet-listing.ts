// `GET /v1/w3s/wallets`: a user's wallets, filtered, ordered by creation date and paged, as a pure function.
import { byCreateDate, type Page, type PageCursor, pageOf } from '../state/cursor-paging';
import type { WalletRecord } from '../state/emulator-state';
import type { Blockchain } from './blockchains';
import { emulatedScaCore } from './wallet-view';

export interface WalletListQuery extends PageCursor {
  address?: string;
  blockchain?: Blockchain;
  scaCore?: string;
  walletSetId?: string;
  refId?: string;
  from?: string;
  to?: string;
  order: 'ASC' | 'DESC';
}

function matches(wallet: WalletRecord, query: WalletListQuery): boolean {
  // EVM addresses are case-insensitive (checksummed or not); the others are compared as written.
  const sameAddress =
    query.address === undefined ||
    (wallet.address.startsWith('0x')
      ? wallet.address.toLowerCase() === query.address.toLowerCase()
      : wallet.address === query.address);
  return (
    sameAddress &&
    (query.blockchain === undefined || wallet.blockchain === query.blockchain) &&
    (query.scaCore === undefined || (wallet.accountType === 'SCA' && query.scaCore === emulatedScaCore)) &&
    (query.walletSetId === undefined || wallet.walletSetId === query.walletSetId) &&
    (query.refId === undefined || wallet.refId === query.refId)
  );
}

export function listWallets(wallets: readonly WalletRecord[], query: WalletListQuery): Page<WalletRecord> {
  const fromMs = query.from === undefined ? Number.NEGATIVE_INFINITY : Date.parse(query.from);
  const toMs = query.to === undefined ? Number.POSITIVE_INFINITY : Date.parse(query.to);
  const matching = byCreateDate(wallets, query.order)
    .filter(({ record, createdMs }) => createdMs >= fromMs && createdMs <= toMs && matches(record, query))
    .map(({ record }) => record);
  return pageOf(matching, query);
}
