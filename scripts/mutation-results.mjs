// Where each guarded folder's mutation results live: one file per folder, so a run of some folders keeps the others'.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const resultsFolder = 'mutation-results';

/** `src/main/settings` → `mutation-results/src-main-settings.json`. */
export function resultsFileOf(folder) {
  return `${resultsFolder}/${folder.replaceAll('/', '-')}.json`;
}

/** The folders' results as one report (mutation-testing-report-schema's `files`); a folder never run has none. */
export function readResults(folders, root = '.') {
  const files = {};
  for (const folder of folders) {
    const file = join(root, resultsFileOf(folder));
    if (existsSync(file)) Object.assign(files, JSON.parse(readFileSync(file, 'utf8')).files);
  }
  return { files };
}
