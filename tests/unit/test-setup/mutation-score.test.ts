// The mutation score per folder (scripts/mutation-score.mjs) from a Stryker report: killed and timed-out mutants
// count as found, survivors and uncovered ones as missed, listed equivalents on neither side; other files are ignored.
import { describe, expect, it } from 'vitest';
import { equivalentKeys, folderScores } from '../../../scripts/mutation-score.mjs';

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
