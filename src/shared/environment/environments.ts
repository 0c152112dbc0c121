/** The places the console can send Circle calls. Only the embedded emulator exists so far. */
export const environmentIds = ['local-emulator', 'standalone-emulator', 'circle-testnet', 'circle-mainnet'] as const;
export type EnvironmentId = (typeof environmentIds)[number];

export const environmentLabels: Record<EnvironmentId, string> = {
  'local-emulator': 'Local emulator',
  'standalone-emulator': 'Standalone emulator',
  'circle-testnet': 'Circle testnet',
  'circle-mainnet': 'Circle mainnet',
};

export interface EnvironmentSummary {
  id: EnvironmentId;
  label: string;
}

export function summarizeEnvironment(id: EnvironmentId): EnvironmentSummary {
  return { id, label: environmentLabels[id] };
}
