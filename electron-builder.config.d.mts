import type { Configuration, MacConfiguration } from 'electron-builder';

type Environment = Readonly<Record<string, string | undefined>>;

type FuseOptions = NonNullable<Configuration['electronFuses']>;

export const electronFuses: Required<
  Omit<FuseOptions, 'loadBrowserProcessSpecificV8Snapshot' | 'resetAdHocDarwinSignature'>
>;
export const shippedFiles: string[];
export function signingPlan(env: Environment): { mac: Partial<MacConfiguration>; skipped: string | null };
export function builderConfiguration(env: Environment): Configuration;
declare const configuration: Configuration;
export default configuration;
