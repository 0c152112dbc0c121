// A wallet as Circle's API shows it (`EOAWallet` / `SCAWallet`): always LIVE and end-user custody; SCA wallets carry
// the SCA version Circle's docs use as their example.
import type { WalletRecord } from '../state/emulator-state';

export const emulatedScaCore = 'circle_6900_singleowner_v2';

export function toWalletView(wallet: WalletRecord) {
  return {
    id: wallet.id,
    state: 'LIVE' as const,
    walletSetId: wallet.walletSetId,
    custodyType: 'ENDUSER' as const,
    userId: wallet.userId,
    address: wallet.address,
    blockchain: wallet.blockchain,
    accountType: wallet.accountType,
    ...(wallet.accountType === 'SCA' ? { scaCore: emulatedScaCore } : {}),
    ...(wallet.initialPublicKey === undefined ? {} : { initialPublicKey: wallet.initialPublicKey }),
    ...(wallet.name === undefined ? {} : { name: wallet.name }),
    ...(wallet.refId === undefined ? {} : { refId: wallet.refId }),
    createDate: wallet.createDate,
    updateDate: wallet.updateDate,
  };
}
