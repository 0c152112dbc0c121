// The mutation score per folder (scripts/mutation-score.mjs) from a Stryker report: killed and timed-out mutants
// count as found, survivors and uncovered ones as missed, listed equivalents on neither side; other files are ignored.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResults, resultsFileOf } from '../../../scripts/mutation-results.mjs';
import { equivalentKeys, folderScores, goalVerdict } from '../../../scripts/mutation-score.mjs';

const mutant = (status: string, line: number, mutatorName = 'ConditionalExpression') => ({
  status,
  mutatorName,
  location: { start: { line } },
});

const report = {
  files: {
    'src/main/circle/a.ts': { mutants: [mutant('Killed', 1), mutant('Timeout', 2), mutant('Survived', 3)] },
    'src/main/circle/deeper/b.ts': { mutants: [mutant('NoCoverage', 4), mutant('CompileError', 5)] },
    'src/main/circles/not-it.ts': { mutants: [mutant('Survived', 6)] },
    'src/emulator/rules/c.ts': { mutants: [mutant('Killed', 7), mutant('Survived', 8, 'StringLiteral')] },
  },
};

describe('the mutation score', () => {
  it('counts per folder and overall: killed + timeout found, survived + no coverage missed', () => {
    const { folders, overall } = folderScores(report, ['src/main/circle', 'src/emulator/rules']);
    expect(folders).toEqual([
      { folder: 'src/main/circle', killed: 2, undetected: 2, equivalent: 0, score: 50 },
      { folder: 'src/emulator/rules', killed: 1, undetected: 1, equivalent: 0, score: 50 },
    ]);
    expect(overall).toEqual({ killed: 3, undetected: 3, equivalent: 0, score: 50 });
  });

  it('leaves a listed equivalent mutant out of the score, and says how many', () => {
    const listed = equivalentKeys(
      '# Equivalent mutants\n\n- `src/emulator/rules/c.ts:8 StringLiteral` — the text is only logged.\n',
    );
    expect([...listed]).toEqual(['src/emulator/rules/c.ts:8 StringLiteral']);
    const { folders } = folderScores(report, ['src/emulator/rules'], listed);
    expect(folders).toEqual([{ folder: 'src/emulator/rules', killed: 1, undetected: 0, equivalent: 1, score: 100 }]);
  });

  it('counts a killed mutant that shares a listed key (same line, same mutator) as killed, not equivalent', () => {
    const sameKey = { files: { 'src/emulator/rules/c.ts': { mutants: [mutant('Killed', 8, 'StringLiteral')] } } };
    const listed = equivalentKeys('- `src/emulator/rules/c.ts:8 StringLiteral` — the text is only logged.\n');
    expect(folderScores(sameKey, ['src/emulator/rules'], listed).folders).toEqual([
      { folder: 'src/emulator/rules', killed: 1, undetected: 0, equivalent: 0, score: 100 },
    ]);
  });

  it('gives a folder without mutants no score rather than 0 or 100', () => {
    expect(folderScores(report, ['src/main/ipc']).folders).toEqual([
      { folder: 'src/main/ipc', killed: 0, undetected: 0, equivalent: 0, score: null },
    ]);
  });
});

describe('the goal', () => {
  const scored = (folder: string, score: number | null) => ({ folder, killed: 0, undetected: 0, equivalent: 0, score });
  it('is met only when every folder has results and each is at least 80 %', () => {
    expect(goalVerdict([scored('src/main/ipc', 100), scored('src/main/circle', 80)])).toEqual({
      met: true,
      line: 'goal met: every folder ≥ 80 %',
    });
    expect(
      goalVerdict([scored('src/main/ipc', 100), scored('src/main/circle', 79.9), scored('src/main/session', null)]),
    ).toEqual({ met: false, line: 'goal not met: below 80 %: src/main/circle; not run: src/main/session' });
  });
});

describe('the results kept per folder (mutation-results/)', () => {
  it('names one file per folder and reads the named folders’ files into one report, skipping folders never run', async () => {
    expect(resultsFileOf('src/main/settings')).toBe('mutation-results/src-main-settings.json');
    const root = await mkdtemp(join(tmpdir(), 'pin-desk-mutation-results-'));
    try {
      await mkdir(join(root, 'mutation-results'));
      const kept = (files: Record<string, unknown>) => JSON.stringify({ schemaVersion: '2', files });
      await writeFile(
        join(root, resultsFileOf('src/main/circle')),
        kept({ 'src/main/circle/a.ts': report.files['src/main/circle/a.ts'] }),
      );
      await writeFile(
        join(root, resultsFileOf('src/emulator/rules')),
        kept({ 'src/emulator/rules/c.ts': report.files['src/emulator/rules/c.ts'] }),
      );
      const read = readResults(['src/main/circle', 'src/emulator/rules', 'src/main/ipc'], root);
      expect(Object.keys(read.files)).toEqual(['src/main/circle/a.ts', 'src/emulator/rules/c.ts']);
      expect(
        folderScores(read, ['src/main/circle', 'src/emulator/rules', 'src/main/ipc']).folders.map((f) => f.score),
      ).toEqual([66.7, 50, null]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
