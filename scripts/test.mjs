// `npm test`, and the test part of .ci/run: typecheck, lint, vitest, and Playwright when
// playwright.config.ts exists. Every step runs even after a failure, so one run shows everything;
// the last line is the summary from scripts/ci-summary.mjs, and the exit code is 1 on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { report, summarize } from './ci-summary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = mkdtempSync(join(tmpdir(), 'samspil-test-'));

/** Runs an npm subcommand (`run …`, `exec …`) with the npm that runs us, if any; returns its exit code. */
function npm(args, env = {}) {
  const viaNpm = process.env.npm_execpath;
  const [command, commandArgs] = viaNpm ? [process.execPath, [viaNpm, ...args]] : ['npm', args];
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
    shell: !viaNpm && process.platform === 'win32',
  });
  if (result.error) console.error(result.error.message);
  return result.status ?? 1;
}

function step(name) {
  console.log(`\n==> ${name}`);
}

try {
  const checks = [];
  for (const name of ['typecheck', 'lint']) {
    step(name);
    checks.push({ name, ok: npm(['run', name]) === 0 });
  }

  step('unit tests (vitest)');
  const vitestFile = join(reports, 'vitest.json');
  const vitest = {
    file: vitestFile,
    exitCode: npm(['run', 'test:unit', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestFile}`]),
  };

  let playwright;
  if (existsSync(join(root, 'playwright.config.ts'))) {
    step('end-to-end tests (playwright)');
    const file = join(reports, 'playwright.json');
    const exitCode = npm(['exec', '--', 'playwright', 'test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_FILE: file,
    });
    playwright = { file, exitCode };
  } else {
    step('end-to-end tests: skipped (no playwright.config.ts yet)');
  }

  console.log('');
  process.exitCode = report(summarize({ vitest, playwright, checks }));
} finally {
  rmSync(reports, { recursive: true, force: true });
}
