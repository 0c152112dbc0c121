// `npm test`: typecheck, lint, unit, build, browser end-to-end, Electron end-to-end — every step runs even when an
// earlier one fails, so the closing line counts everything. typecheck, lint and build count as one check each.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fetchElectron } from './electron-binary.mjs';
import { chromiumPathVariable, findOrFetchChromium } from './test-browser.mjs';

const outputDir = '.test-output';
rmSync(outputDir, { recursive: true, force: true });
mkdirSync(outputDir, { recursive: true });

const summary = [];
const totals = { passed: 0, failed: 0, skipped: 0 };
const skippedSuites = [];

function run(command, args, env = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
}

function check(name, ok) {
  totals[ok ? 'passed' : 'failed'] += 1;
  summary.push(`suite ${name}: ${ok ? 'ok' : 'FAILED'}`);
}

function suite(name, counts) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  summary.push(`suite ${name}: passed ${counts.passed}, failed ${counts.failed}, skipped ${counts.skipped}`);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// What the suites need from the machine, found (or fetched) before any test runs; what cannot be had stops the run
// here, in one line saying what to install.
const browser = await findOrFetchChromium();
if ('error' in browser) {
  console.log(`\n${browser.error}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
process.env[chromiumPathVariable] = browser.path;
console.log(`Browser tests drive ${browser.path} (${browser.source}).`);

check('typecheck', run('npm', ['run', '--silent', 'typecheck']));
check('lint', run('npm', ['run', '--silent', 'lint']));

const unitFile = join(outputDir, 'unit.json');
const unitOk = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitFile}`]);
const unit = readJson(unitFile);
if (unit) {
  suite('unit', {
    passed: unit.numPassedTests,
    failed: unit.numFailedTests,
    skipped: unit.numPendingTests + unit.numTodoTests,
  });
  if (!unitOk && unit.numFailedTests === 0) check('unit (run)', false);
} else check('unit (no report)', false);

const built = run('npm', ['run', '--silent', 'build']);
check('build', built);

const electron = await fetchElectron({ timeoutMs: 180_000, quiet: true });
if ('error' in electron) console.log(`\n${electron.error}`);

if (built) {
  const e2eFile = join(outputDir, 'e2e.json');
  run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_FILE: e2eFile });
  const report = readJson(e2eFile);
  if (!report) check('end-to-end (no report)', false);
  for (const [project, label] of [
    ['browser', 'browser end-to-end'],
    ['electron', 'Electron end-to-end'],
  ]) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const reasons = new Set();
    for (const test of report ? playwrightTests(report.suites) : []) {
      if (test.projectName !== project) continue;
      if (test.status === 'expected' || test.status === 'flaky') counts.passed += 1;
      else if (test.status === 'skipped') {
        counts.skipped += 1;
        for (const note of test.annotations ?? [])
          if (note.type === 'skip' && note.description) reasons.add(note.description);
      } else counts.failed += 1;
    }
    suite(label, counts);
    if (counts.skipped > 0 && counts.passed + counts.failed === 0)
      skippedSuites.push(
        `skipped suite: ${label} (${counts.skipped} tests): ${[...reasons].join('; ') || 'no reason given'}`,
      );
  }
} else {
  check('end-to-end (not run: build failed)', false);
}

function* playwrightTests(suites = []) {
  for (const suiteNode of suites) {
    for (const spec of suiteNode.specs ?? []) yield* spec.tests ?? [];
    yield* playwrightTests(suiteNode.suites);
  }
}

console.log('');
for (const line of summary) console.log(line);
for (const line of skippedSuites) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed === 0 ? 0 : 1);
