export declare const resultsFolder: string;
export declare function resultsFileOf(folder: string): string;
export declare function readResults(
  folders: readonly string[],
  root?: string,
): {
  files: Record<string, { mutants: { status: string; mutatorName: string; location: { start: { line: number } } }[] }>;
};
