// `npm run test:mutation [-- <folder> …]`: StrykerJS on the guarded folders (or those named), one folder at a time,
// then the score per folder. Each folder's results are kept in mutation-results/ (committed: Stryker's incremental
// file, each mutant's result with the code and tests it was found with), so a later run — on any machine — tests only
// the mutants whose code or tests changed since (a whole first run takes hours on a 2-core machine; a re-run,
// minutes).
import { spawnSync } from 'node:child_process';
import { guardedFolders } from '../stryker.config.mjs';
import { resultsFileOf } from './mutation-results.mjs';

const named = process.argv.slice(2);
const unknown = named.filter((folder) => !guardedFolders.includes(folder.replace(/\/$/, '')));
if (unknown.length > 0) {
  console.error(`Not a guarded folder: ${unknown.join(', ')}. The guarded folders: ${guardedFolders.join(', ')}.`);
  process.exit(2);
}
const folders = named.length > 0 ? named.map((folder) => folder.replace(/\/$/, '')) : guardedFolders;
let failed = 0;
for (const folder of folders) {
  console.log(`\nStryker on ${folder} (results: ${resultsFileOf(folder)})`);
  const args = ['stryker', 'run', '--incremental', '--incrementalFile', resultsFileOf(folder)];
  const stryker = spawnSync('npx', [...args, '--mutate', `${folder}/**/*.ts`], { stdio: 'inherit' });
  failed ||= stryker.status ?? 1;
}
const score = spawnSync(process.execPath, ['scripts/mutation-score.mjs', ...folders], { stdio: 'inherit' });
process.exit(failed || score.status || 0);
