// Mutation testing (`npm run test:mutation`, not part of `npm test`): StrykerJS changes the code that guards keys,
// rates and rules one small edit at a time and runs the unit tests that cover each edit; a mutant the tests do not
// notice is a behaviour no test pins down. scripts/mutation-score.mjs prints the score per folder from the report.
// Mutants judged equivalent (no test could tell them apart) are listed, each with why, in docs/equivalent-mutants.md.
export const guardedFolders = [
  'src/main/circle',
  'src/main/challenge-watch',
  'src/main/settings',
  'src/main/session',
  'src/main/ipc',
  'src/main/secrets',
  'src/emulator/rules',
  'src/emulator/challenges',
  'src/emulator/auth',
  'src/shared/contract',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  // Each mutant runs only the tests that reached its code in the first run.
  coverageAnalysis: 'perTest',
  mutate: guardedFolders.map((folder) => `${folder}/**/*.ts`),
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  // The first, instrumented run of every test that imports the mutated folders takes 6–10 minutes under nice on a busy
  // 2-core machine (Stryker's default limit is 5, and the run then fails before testing any mutant).
  dryRunTimeoutMinutes: 60,
  reporters: ['progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  // scripts/mutation-run.mjs runs one folder at a time, each with its own file in mutation-results/ (committed).
  incrementalFile: 'reports/mutation/incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
