// The emulator's developer controls (/emulator/…), as tests call them over HTTP with the emulator's own key.

export interface EmulatorEndpoint {
  baseUrl: string;
  apiKey: string;
}

export async function emulatorControl(emulator: EmulatorEndpoint, path: string, body: unknown): Promise<Response> {
  const response = await fetch(`${emulator.baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${emulator.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return response;
}

/** The next `times` calls matching method and path get this answer (see the README's developer controls). */
export function injectFault(
  emulator: EmulatorEndpoint,
  rule: {
    method: string;
    path: string;
    status?: number;
    drop?: boolean;
    times?: number;
    code?: number;
    delayMs?: number;
  },
): Promise<Response> {
  return emulatorControl(emulator, '/emulator/faults', rule);
}

/** The fault rules not used up yet; a rule is used as its call arrives, before any delay it asks for. */
export async function pendingFaults(emulator: EmulatorEndpoint): Promise<unknown[]> {
  const response = await fetch(`${emulator.baseUrl}/emulator/faults`, {
    headers: { authorization: `Bearer ${emulator.apiKey}` },
  });
  if (!response.ok) throw new Error(`/emulator/faults answered ${response.status}`);
  return ((await response.json()) as { data: { faults: unknown[] } }).data.faults;
}

/** The emulator's behaviour settings (`POST /emulator/behaviour`): only the fields given change. */
export function setEmulatorBehaviour(
  emulator: EmulatorEndpoint,
  change: {
    profile?: 'circle' | 'detailed';
    hostedUiErrors?: 'report' | 'inline';
    idempotency?: 'successful-only' | 'replay-errors';
  },
): Promise<Response> {
  return emulatorControl(emulator, '/emulator/behaviour', change);
}
