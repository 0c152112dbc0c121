// The lookup's channel (main-services.ts puts it in the one map ipc/ registers).
import type { HandlersOf } from '../../shared/contract/handlers-of';
import type { lookUpCustomer } from './look-up-customer';

/** The active environment's lookup (environment/'s EnvironmentServices fits): replaced on a switch, so read per call. */
export interface ActiveLookup {
  lookUp(userId: string): ReturnType<typeof lookUpCustomer>;
}

export function lookupHandlers(active: () => ActiveLookup): HandlersOf<'customer:lookup'> {
  return {
    'customer:lookup': (input) => active().lookUp(input.userId),
  };
}
