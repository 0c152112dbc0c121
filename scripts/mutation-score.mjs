// Prints the mutation score of each guarded folder and overall from its results in mutation-results/ (Stryker's
// incremental files, mutation-testing-report-schema): score = killed (incl. timeouts) / (killed + survived + no coverage). Equivalent mutants listed in
// docs/equivalent-mutants.md ("file:line mutator") are left out of both sides, and named.
import { readFileSync } from 'node:fs';
import { guardedFolders } from '../stryker.config.mjs';
import { readResults } from './mutation-results.mjs';

export const goalPercent = 80;

const detected = new Set(['Killed', 'Timeout']);
const undetected = new Set(['Survived', 'NoCoverage']);

/** `file:line mutator` keys from the equivalent-mutants list (its bullet lines start with the key in backticks). */
export function equivalentKeys(markdown) {
  return new Set([...markdown.matchAll(/^- `([^`]+:\d+ [A-Za-z]+)`/gm)].map((match) => match[1]));
}

export function folderScores(report, folders, equivalent = new Set()) {
  const tally = new Map(folders.map((folder) => [folder, { killed: 0, undetected: 0, equivalent: 0 }]));
  const total = { killed: 0, undetected: 0, equivalent: 0 };
  for (const [file, result] of Object.entries(report.files)) {
    const folder = folders.find((candidate) => file === candidate || file.startsWith(`${candidate}/`));
    if (!folder) continue;
    for (const mutant of result.mutants) {
      const counts = tally.get(folder);
      const key = `${file}:${mutant.location.start.line} ${mutant.mutatorName}`;
      // A listed key names the surviving mutant(s) of that line and mutator; one a test kills there is still killed.
      const field = detected.has(mutant.status)
        ? 'killed'
        : !undetected.has(mutant.status)
          ? null
          : equivalent.has(key)
            ? 'equivalent'
            : 'undetected';
      if (!field) continue;
      counts[field] += 1;
      total[field] += 1;
    }
  }
  const score = ({ killed, undetected: missed }) =>
    killed + missed === 0 ? null : Math.round((1000 * killed) / (killed + missed)) / 10;
  return {
    folders: [...tally].map(([folder, counts]) => ({ folder, ...counts, score: score(counts) })),
    overall: { ...total, score: score(total) },
  };
}

/** Met when every folder has results (a folder never run has no score) and each scores at least the goal. */
export function goalVerdict(folders) {
  const notRun = folders.filter((folder) => folder.score === null).map((folder) => folder.folder);
  const below = folders.filter((folder) => folder.score !== null && folder.score < goalPercent);
  const problems = [
    ...(below.length > 0 ? [`below ${goalPercent} %: ${below.map((folder) => folder.folder).join(', ')}`] : []),
    ...(notRun.length > 0 ? [`not run: ${notRun.join(', ')}`] : []),
  ];
  return problems.length === 0
    ? { met: true, line: `goal met: every folder ≥ ${goalPercent} %` }
    : { met: false, line: `goal not met: ${problems.join('; ')}` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // The folders named on the command line (a partial run), or all of them.
  const named = process.argv.slice(2);
  const scored = named.length > 0 ? named : guardedFolders;
  const report = readResults(scored);
  let equivalent = new Set();
  try {
    equivalent = equivalentKeys(readFileSync('docs/equivalent-mutants.md', 'utf8'));
  } catch {
    // No list yet: every surviving mutant counts against the score.
  }
  const { folders, overall } = folderScores(report, scored, equivalent);
  const line = (name, counts) =>
    `mutation score: ${name} ${counts.score === null ? 'not run' : `${counts.score} %`} (killed ${counts.killed}, survived ${counts.undetected}, equivalent ${counts.equivalent})`;
  for (const folder of folders) console.log(line(folder.folder, folder));
  console.log(line('overall', overall));
  const verdict = goalVerdict(folders);
  console.log(verdict.line);
  process.exitCode = verdict.met ? 0 : 1;
}
