import { z } from 'zod';
import {
  type CustomerScreenChoice,
  defaultGreeting,
  greetingMaxLength,
} from '../../shared/customer-screen/customer-screen';
import type { SettingsPort } from './settings-port';

export const customerScreenKey = 'customerScreen';

/** Settings → Customer screen as kept in this machine's settings file. */
export interface SavedCustomerScreen {
  choice: CustomerScreenChoice;
  /** The chosen display's name when it was chosen, to name it while it is not connected. */
  displayName: string | null;
  greeting: string;
}

const offByDefault: SavedCustomerScreen = { choice: { kind: 'off' }, displayName: null, greeting: defaultGreeting };

const savedShape = z.object({
  choice: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('off') }),
    z.object({ kind: z.literal('same-display') }),
    z.object({ kind: z.literal('display'), displayId: z.number().int().min(0) }),
  ]),
  displayName: z.string().max(200).nullable(),
  greeting: z.string().trim().min(1).max(greetingMaxLength),
});

/** The saved setting; anything the file holds that is not one (an edit by hand, an older shape) reads as Off. */
export function savedCustomerScreen(settings: SettingsPort): SavedCustomerScreen {
  const parsed = savedShape.safeParse(settings.get(customerScreenKey));
  if (!parsed.success) return offByDefault;
  const { choice, displayName, greeting } = parsed.data;
  return { choice, displayName, greeting };
}

export function saveCustomerScreen(settings: SettingsPort, saved: SavedCustomerScreen): void {
  settings.set(customerScreenKey, saved);
}
