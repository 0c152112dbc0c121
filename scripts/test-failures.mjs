// What `npm test` prints last of the tests that failed: one line each, named as the runner names them, with the
// first line of why. CI keeps only the tail of a run's output, and the suites' own reports of a failure are long
// gone from it by the closing count.
import { relative } from 'node:path';

const reasonLength = 200;

/** The first non-empty line of a failure message, without colour codes, cut to a line's length. */
export function firstLineOf(message = '') {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes are what this removes.
  const plain = String(message).replace(/\u001b\[[0-9;]*m/g, '');
  const line = plain.split('\n').find((text) => text.trim() !== '') ?? '';
  const trimmed = line.trim();
  return trimmed.length > reasonLength ? `${trimmed.slice(0, reasonLength - 1)}…` : trimmed;
}

/** Each test of a Playwright JSON report, with its spec's place and its describe titles. */
export function* playwrightTests(suites = [], titles = []) {
  for (const suite of suites) {
    // A file's own suite is titled with its path; describe blocks inside it add their titles.
    const inner = suite.file && suite.title === suite.file ? titles : [...titles, suite.title];
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        yield { ...test, place: `${spec.file}:${spec.line}`, title: [...inner, spec.title].join(' › ') };
      }
    }
    yield* playwrightTests(suite.suites, inner);
  }
}

/** "failed: [project] file:line › title — why" for each test of the report that did not pass on any try. */
export function playwrightFailureLines(report) {
  const lines = [];
  for (const test of playwrightTests(report?.suites)) {
    if (test.status !== 'unexpected') continue;
    const last = test.results?.at(-1);
    const why = firstLineOf(last?.error?.message ?? last?.errors?.[0]?.message ?? last?.status);
    lines.push(`failed: [${test.projectName}] ${test.place} › ${test.title}${why ? ` — ${why}` : ''}`);
  }
  return lines;
}

/** The same for a Vitest JSON report: each failed test, and each file that failed before its tests ran. */
export function vitestFailureLines(report, root = process.cwd()) {
  const lines = [];
  for (const file of report?.testResults ?? []) {
    const name = relative(root, file.name);
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failed) {
      const why = firstLineOf(test.failureMessages?.[0]);
      lines.push(`failed: [unit] ${name} › ${test.fullName}${why ? ` — ${why}` : ''}`);
    }
    if (failed.length === 0 && file.status === 'failed') {
      lines.push(`failed: [unit] ${name} — ${firstLineOf(file.message) || 'the file failed before its tests ran'}`);
    }
  }
  return lines;
}
