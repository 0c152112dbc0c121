// `npm test`: typecheck, lint, unit, build, browser end-to-end, Electron end-to-end — every step runs even when an
// earlier one fails, so the closing line counts everything. typecheck, lint and build count as one check each.
// The browser suite spends most of its time waiting on pages and emulators, leaving a core of a 2-core machine idle:
// typecheck, lint and the unit suite run beside it, one after another, their output held and printed after it.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fetchElectron } from './electron-binary.mjs';
import { findOrFetchChromium, headlessChromium } from './test-browser.mjs';
import { playwrightFailureLines, playwrightTests, vitestFailureLines } from './test-failures.mjs';
import { runStep, seconds } from './test-steps.mjs';

const runStarted = performance.now();
const outputDir = '.test-output';
rmSync(outputDir, { recursive: true, force: true });
mkdirSync(outputDir, { recursive: true });

const summary = new Map();
const totals = { passed: 0, failed: 0, skipped: 0 };
const skippedSuites = [];
const failureLines = [];

function check(name, ok, time) {
  totals[ok ? 'passed' : 'failed'] += 1;
  summary.set(name, `suite ${name}: ${ok ? 'ok' : 'FAILED'}${time === undefined ? '' : ` (${seconds(time)})`}`);
}

function suite(name, counts, time) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  summary.set(
    name,
    `suite ${name}: passed ${counts.passed}, failed ${counts.failed}, skipped ${counts.skipped} (${seconds(time)})`,
  );
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
const driven = headlessChromium() ?? browser;
console.log(`Browser tests drive ${driven.path} (${driven.source}).`);

// The summary keeps this order whatever order the steps end in.
for (const name of ['typecheck', 'lint', 'unit', 'build', 'browser end-to-end', 'Electron end-to-end']) {
  summary.set(name, null);
}

const build = await runStep('npm', ['run', '--silent', 'build']);
check('build', build.ok, build.seconds);

const unitFile = join(outputDir, 'unit.json');
async function checksAndUnit() {
  const held = [];
  for (const [name, args] of [
    ['typecheck', ['run', '--silent', 'typecheck']],
    ['lint', ['run', '--silent', 'lint']],
  ]) {
    const step = await runStep('npm', args, { live: false });
    check(name, step.ok, step.seconds);
    held.push(step.output);
  }
  const unitArgs = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitFile}`];
  const unitRun = await runStep('npx', unitArgs, { live: false });
  held.push(unitRun.output);
  const unit = readJson(unitFile);
  if (unit) {
    const counts = {
      passed: unit.numPassedTests,
      failed: unit.numFailedTests,
      skipped: unit.numPendingTests + unit.numTodoTests,
    };
    suite('unit', counts, unitRun.seconds);
    failureLines.push(...vitestFailureLines(unit));
    if (!unitRun.ok && unit.numFailedTests === 0) check('unit (run)', false);
  } else check('unit (no report)', false);
  return held;
}

if (build.ok) {
  console.log('\ntypecheck, lint and the unit suite run beside the end-to-end suites; their output follows theirs.');
  const beside = checksAndUnit();
  await endToEnd();
  for (const output of await beside) process.stdout.write(output);
} else {
  for (const output of await checksAndUnit()) process.stdout.write(output);
  check('end-to-end (not run: build failed)', false);
}

async function endToEnd() {
  const electron = await fetchElectron({ timeoutMs: 180_000, quiet: true });
  if ('error' in electron) console.log(`\n${electron.error}`);
  const e2eFile = join(outputDir, 'e2e.json');
  await runStep('npx', ['playwright', 'test'], { env: { PLAYWRIGHT_JSON_OUTPUT_FILE: e2eFile } });
  const report = readJson(e2eFile);
  if (!report) check('end-to-end (no report)', false);
  failureLines.push(...playwrightFailureLines(report));
  for (const [project, label] of [
    ['browser', 'browser end-to-end'],
    ['electron', 'Electron end-to-end'],
  ]) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const reasons = new Set();
    const span = { start: Number.POSITIVE_INFINITY, end: 0 };
    for (const test of playwrightTests(report?.suites)) {
      if (test.projectName !== project) continue;
      for (const result of test.results ?? []) {
        const start = Date.parse(result.startTime);
        span.start = Math.min(span.start, start);
        span.end = Math.max(span.end, start + result.duration);
      }
      if (test.status === 'expected' || test.status === 'flaky') counts.passed += 1;
      else if (test.status === 'skipped') {
        counts.skipped += 1;
        for (const note of test.annotations ?? [])
          if (note.type === 'skip' && note.description) reasons.add(note.description);
      } else counts.failed += 1;
    }
    // From its first test's start to its last test's end, as the report has them.
    suite(label, counts, span.end > span.start ? (span.end - span.start) / 1000 : 0);
    if (counts.skipped > 0 && counts.passed + counts.failed === 0)
      skippedSuites.push(
        `skipped suite: ${label} (${counts.skipped} tests): ${[...reasons].join('; ') || 'no reason given'}`,
      );
  }
}

console.log('');
for (const line of failureLines) console.log(line);
for (const line of summary.values()) if (line) console.log(line);
for (const line of skippedSuites) console.log(line);
console.log(`npm test took ${seconds((performance.now() - runStarted) / 1000)}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed === 0 ? 0 : 1);
