export declare const chromiumPathVariable: string;
export declare const systemChromiumPaths: readonly string[];
export declare const systemHeadlessShellPaths: readonly string[];
export declare const missingBrowserLine: string;
export type FoundChromium = { path: string; source: string };
export interface ChromiumMachine {
  candidates?: readonly string[];
  playwrightPath?: string;
  shellCandidates?: readonly string[];
}
export declare function installedChromium(env?: NodeJS.ProcessEnv, machine?: ChromiumMachine): FoundChromium | null;
export declare function installedHeadlessShell(
  env?: NodeJS.ProcessEnv,
  machine?: ChromiumMachine,
): FoundChromium | null;
export declare function headlessChromium(env?: NodeJS.ProcessEnv, machine?: ChromiumMachine): FoundChromium | null;
export declare function findOrFetchChromium(options?: {
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  machine?: ChromiumMachine;
  install?: (timeoutMs: number) => Promise<void>;
}): Promise<FoundChromium | { error: string }>;
