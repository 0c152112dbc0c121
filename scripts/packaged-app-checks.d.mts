export const fuseWireIndex: Record<string, number>;
export function fuseMismatches(expected: Record<string, boolean>, wire: Record<number, number>): string[];
export function packagedAppLocation(
  distDir: string,
  platform: NodeJS.Platform,
  arch: string,
): { app: string; executable: string; asar: string };
export function forbiddenShippedFiles(paths: string[]): string[];
