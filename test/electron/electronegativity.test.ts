// @doyensec/electronegativity, Electron's security linter, run on the main process, the preload and
// the page they load, gating `npm test` on its findings. Its CLI exits 0 whatever it finds (and its
// SARIF carries no severity), so this calls its library `run()` and fails on any HIGH or MEDIUM
// finding. Excluded: AvailableSecurityFixesGlobalCheck, which asks the network for Electron's
// release notes. Reviewed findings are silenced in the source, on their own line, with an
// `eng-disable CHECK_ID` comment saying why (electronegativity's inline syntax); see
// electron/main/security.ts and electron/main/window.ts.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/web-host/server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

interface Level {
  value: number;
  name: string;
}
interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: Level;
  confidence: Level;
  manualReview: boolean;
  description: string;
}
interface Result {
  globalChecks: number;
  atomicChecks: number;
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
  issues: Issue[];
}
type Run = (options: Record<string, unknown>) => Promise<Result>;

const loaded = require('@doyensec/electronegativity') as Run | { default: Run };
const run: Run = typeof loaded === 'function' ? loaded : loaded.default;

const MEDIUM = 2;
const electronVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> })
  .devDependencies['electron']!;

async function scan(input: string): Promise<Result> {
  return run({
    input,
    electronVersionOverride: electronVersion,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    isRelative: true,
  });
}

const blocking = (result: Result) => result.issues.filter((issue) => issue.severity.value >= MEDIUM);
const describeIssue = (issue: Issue) =>
  `${issue.id} (${issue.severity.name}, ${issue.confidence.name}) at ${issue.file}:${issue.location.line}:${issue.location.column}: ${issue.description}`;

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'samspil-electronegativity-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('electronegativity', () => {
  it('finds no HIGH or MEDIUM issue in the main process, the preload and the page they load', async () => {
    const app = join(work, 'app');
    // The electron/ folder as it is (tests aside), and the page as the build makes it: the renderer's
    // index.html with the CSP meta tag electron.vite.config.ts adds (app:// also sends the policy as a
    // header, which electronegativity cannot see).
    cpSync(join(root, 'electron'), join(app, 'electron'), {
      recursive: true,
      filter: (source) => !/\.test\.tsx?$/.test(source),
    });
    const metaPolicy = CONTENT_SECURITY_POLICY.split('; ')
      .filter((directive) => !directive.startsWith('frame-ancestors'))
      .join('; ');
    const page = readFileSync(join(root, 'src/renderer/index.html'), 'utf8').replace(
      '<head>',
      `<head>\n    <meta http-equiv="Content-Security-Policy" content="${metaPolicy}">`,
    );
    mkdirSync(join(app, 'renderer'), { recursive: true });
    writeFileSync(join(app, 'renderer', 'index.html'), page);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'samspil', devDependencies: { electron: electronVersion } }));

    const result = await scan(app);
    expect(result.atomicChecks).toBeGreaterThan(20);
    // A file it cannot parse is a file it did not check.
    expect(result.errors.filter((error) => !error.tolerable)).toEqual([]);
    expect(blocking(result).map(describeIssue)).toEqual([]);
  }, 120_000);

  it('would fail on an insecure window (the gate can fail)', async () => {
    const bad = join(work, 'bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(
      join(bad, 'main.ts'),
      [
        "import { BrowserWindow } from 'electron';",
        'export const window = new BrowserWindow({',
        '  webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false },',
        '});',
        "void window.loadURL('http://example.com');",
        '',
      ].join('\n'),
    );
    writeFileSync(join(bad, 'package.json'), JSON.stringify({ name: 'bad', devDependencies: { electron: electronVersion } }));
    const ids = blocking(await scan(bad)).map((issue) => issue.id);
    expect(ids).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK']));
  }, 120_000);
});
