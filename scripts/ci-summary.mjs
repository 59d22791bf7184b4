// Sums test results from vitest's and Playwright's JSON reports into one line,
// `tests: N passed, N failed, N skipped`, which the CI reads as the run's last line.
//
// A runner that failed without a failing test (a file that did not load, an unhandled error, a
// crash before the report was written, a failed typecheck or lint) counts as one failed test, so
// the line never says "0 failed" about a red run.
//
// As a library: `summarize({ vitest, playwright, checks })` (used by scripts/test.mjs).
// As a command: node scripts/ci-summary.mjs [--vitest FILE[:EXIT]] [--playwright FILE[:EXIT]]
//                                          [--failed-check NAME]...
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @typedef {{ passed: number, failed: number, skipped: number, problems: string[] }} Tally */

function readJson(file) {
  if (!file || !existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * vitest's JSON report (jest-compatible). Skipped = skipped + todo. A test file that failed
 * without a failed test in it (it did not import, or a hook threw) counts as one failure.
 * @param {{ file: string, exitCode: number }} run
 * @returns {Tally}
 */
export function tallyVitest({ file, exitCode }) {
  const report = readJson(file);
  if (!report) {
    return { passed: 0, failed: 1, skipped: 0, problems: [`vitest wrote no report (exit code ${exitCode})`] };
  }
  const tally = {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    problems: [],
  };
  for (const suite of report.testResults ?? []) {
    const failedInside = (suite.assertionResults ?? []).some((test) => test.status === 'failed');
    if (suite.status === 'failed' && !failedInside) {
      tally.failed += 1;
      const firstLine = String(suite.message ?? '').split('\n')[0];
      tally.problems.push(`vitest: ${relative(process.cwd(), suite.name)} failed outside its tests${firstLine ? `: ${firstLine}` : ''}`);
    }
  }
  if (exitCode !== 0 && tally.failed === 0) {
    tally.failed = 1;
    tally.problems.push(`vitest exited with code ${exitCode} (unhandled error?) although no test failed`);
  }
  return tally;
}

/**
 * Playwright's JSON report. Flaky tests (passed on a retry) count as passed and are named.
 * @param {{ file: string, exitCode: number }} run
 * @returns {Tally}
 */
export function tallyPlaywright({ file, exitCode }) {
  const report = readJson(file);
  if (!report?.stats) {
    return { passed: 0, failed: 1, skipped: 0, problems: [`playwright wrote no report (exit code ${exitCode})`] };
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const tally = { passed: expected + flaky, failed: unexpected, skipped, problems: [] };
  if (flaky > 0) tally.problems.push(`playwright: ${flaky} flaky test(s) passed only on retry`);
  for (const error of report.errors ?? []) {
    tally.failed += 1;
    tally.problems.push(`playwright: ${String(error.message ?? error).split('\n')[0]}`);
  }
  if (exitCode !== 0 && tally.failed === 0) {
    tally.failed = 1;
    tally.problems.push(`playwright exited with code ${exitCode} although no test failed`);
  }
  return tally;
}

/**
 * @param {{ vitest?: { file: string, exitCode: number }, playwright?: { file: string, exitCode: number },
 *           checks?: { name: string, ok: boolean }[] }} runs
 * @returns {Tally & { line: string }}
 */
export function summarize({ vitest, playwright, checks = [] }) {
  const parts = [vitest && tallyVitest(vitest), playwright && tallyPlaywright(playwright)].filter(Boolean);
  const total = { passed: 0, failed: 0, skipped: 0, problems: [] };
  for (const check of checks) {
    if (!check.ok) {
      total.failed += 1;
      total.problems.push(`${check.name} failed`);
    }
  }
  for (const part of parts) {
    total.passed += part.passed;
    total.failed += part.failed;
    total.skipped += part.skipped;
    total.problems.push(...part.problems);
  }
  return { ...total, line: `tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped` };
}

/** Prints the problems, then the summary as the very last line; returns the exit code. */
export function report(summary) {
  for (const problem of summary.problems) console.log(`  - ${problem}`);
  console.log(summary.line);
  return summary.failed > 0 ? 1 : 0;
}

function parseRun(value) {
  const match = /^(.*?)(?::(\d+))?$/.exec(value);
  return { file: match[1], exitCode: match[2] === undefined ? 0 : Number(match[2]) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = { checks: [] };
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--vitest') runs.vitest = parseRun(value);
    else if (flag === '--playwright') runs.playwright = parseRun(value);
    else if (flag === '--failed-check') runs.checks.push({ name: value, ok: false });
    else throw new Error(`unknown option ${flag}`);
  }
  process.exitCode = report(summarize(runs));
}
