// `npm run test:mutation [-- <folder> …]`: StrykerJS on the guarded folders (or those named), then the score per
// folder. Incremental: results are kept in reports/mutation/incremental.json, so a later run tests only mutants in
// code or tests that changed since (a whole run takes hours on a 2-core machine; one folder, minutes).
import { spawnSync } from 'node:child_process';
import { guardedFolders } from '../stryker.config.mjs';

const named = process.argv.slice(2);
const unknown = named.filter((folder) => !guardedFolders.includes(folder.replace(/\/$/, '')));
if (unknown.length > 0) {
  console.error(`Not a guarded folder: ${unknown.join(', ')}. The guarded folders: ${guardedFolders.join(', ')}.`);
  process.exit(2);
}
const folders = named.length > 0 ? named.map((folder) => folder.replace(/\/$/, '')) : guardedFolders;
const mutate = folders.map((folder) => `${folder}/**/*.ts`).join(',');
const stryker = spawnSync('npx', ['stryker', 'run', '--incremental', '--mutate', mutate], { stdio: 'inherit' });
const score = spawnSync(process.execPath, ['scripts/mutation-score.mjs', ...folders], { stdio: 'inherit' });
process.exit(stryker.status || score.status || 0);
