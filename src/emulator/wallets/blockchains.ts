// Circle's blockchains (the OpenAPI `Blockchain` enum) and the address family each belongs to. The emulator makes a
// plausible address per family and simulates no chain: no balances, no transfers.

export const blockchains = [
  'ETH',
  'ETH-SEPOLIA',
  'AVAX',
  'AVAX-FUJI',
  'MATIC',
  'MATIC-AMOY',
  'SOL',
  'SOL-DEVNET',
  'ARB',
  'ARB-SEPOLIA',
  'NEAR',
  'NEAR-TESTNET',
  'EVM',
  'EVM-TESTNET',
  'UNI',
  'UNI-SEPOLIA',
  'BASE',
  'BASE-SEPOLIA',
  'OP',
  'OP-SEPOLIA',
  'APTOS',
  'APTOS-TESTNET',
] as const;

export type Blockchain = (typeof blockchains)[number];

export type AddressFamily = 'evm' | 'solana' | 'aptos' | 'near';

export function addressFamilyOf(blockchain: Blockchain): AddressFamily {
  if (blockchain.startsWith('SOL')) return 'solana';
  if (blockchain.startsWith('APTOS')) return 'aptos';
  if (blockchain.startsWith('NEAR')) return 'near';
  return 'evm';
}

/** Smart contract accounts exist on the EVM chains only (Circle: "Solana and Aptos don't support SCA"; nor NEAR). */
export function supportsSca(blockchain: Blockchain): boolean {
  return addressFamilyOf(blockchain) === 'evm';
}
