export declare const goalPercent: number;
export interface FolderCounts {
  killed: number;
  undetected: number;
  equivalent: number;
  score: number | null;
}
export declare function equivalentKeys(markdown: string): Set<string>;
export declare function folderScores(
  report: {
    files: Record<
      string,
      { mutants: { status: string; mutatorName: string; location: { start: { line: number } } }[] }
    >;
  },
  folders: readonly string[],
  equivalent?: Set<string>,
): { folders: (FolderCounts & { folder: string })[]; overall: FolderCounts };
export declare function goalVerdict(folders: readonly (FolderCounts & { folder: string })[]): {
  met: boolean;
  line: string;
};
