// Compile-time proof that the handler map is tied to the contract: `npm run typecheck` fails if any of the
// expected errors below stops being an error.
import type { ContractHandlers } from '../../src/main/ipc/register-contract-handlers';
import type { PinDeskApi } from '../../src/shared/contract/pin-desk-api';

declare const handlers: ContractHandlers;

const info = () => ({
  version: '1',
  platform: 'linux',
  environment: { id: 'local-emulator' as const, label: 'Local emulator' },
});

export const complete = { ...handlers, 'app:info': info } satisfies ContractHandlers;

const { 'reset:start': _left, ...withoutResetStart } = handlers;
// @ts-expect-error a handler is missing
export const missing = { ...withoutResetStart } satisfies ContractHandlers;

// @ts-expect-error a handler for a channel the contract does not declare
export const extra = { ...handlers, 'app:unknown': info } satisfies ContractHandlers;

// @ts-expect-error a handler returning the wrong output type
export const wrongOutput = { ...handlers, 'app:info': () => ({ version: 1 }) } satisfies ContractHandlers;

export async function bridgeIsTyped(api: PinDeskApi) {
  const result = await api.app.info();
  if (result.ok) {
    const version: string = result.value.version;
    // @ts-expect-error the output type is known to the renderer
    const wrong: number = result.value.version;
    return [version, wrong];
  }
  // @ts-expect-error an input the channel does not accept
  await api.reset.start({ userId: 'user-knows-pin' });
  // @ts-expect-error there is no generic invoke on the bridge
  api.invoke('app:info');
  const unsubscribe: () => void = api.challenge.onUpdated((update) => update.status);
  unsubscribe();
  return [];
}
