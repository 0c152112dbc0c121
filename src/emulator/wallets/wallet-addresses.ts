// A plausible, random address for each chain family: what an app would display or validate, never a real account.
import { randomBytes } from 'node:crypto';
import type { AddressFamily } from './blockchains';

const base58Alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Bitcoin-style base58 (Solana addresses, NEAR public keys). Small enough to keep here rather than add a package. */
export function base58(bytes: Uint8Array): string {
  let value = 0n;
  for (const byte of bytes) value = value * 256n + BigInt(byte);
  let text = '';
  while (value > 0n) {
    text = base58Alphabet[Number(value % 58n)] + text;
    value /= 58n;
  }
  // Each leading zero byte is a leading '1'.
  for (const byte of bytes) {
    if (byte !== 0) break;
    text = `1${text}`;
  }
  return text;
}

export interface NewAddress {
  address: string;
  /** NEAR only: the public key the implicit account was made from (Circle's `initialPublicKey`). */
  initialPublicKey?: string;
}

export function newAddress(family: AddressFamily): NewAddress {
  switch (family) {
    case 'evm':
      return { address: `0x${randomBytes(20).toString('hex')}` };
    case 'solana':
      return { address: base58(randomBytes(32)) };
    case 'aptos':
      return { address: `0x${randomBytes(32).toString('hex')}` };
    case 'near': {
      // A NEAR implicit account is the hex of its ed25519 public key.
      const publicKey = randomBytes(32);
      return { address: publicKey.toString('hex'), initialPublicKey: base58(publicKey) };
    }
  }
}
