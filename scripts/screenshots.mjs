// `npm run screenshots`: the README's pictures in docs/, taken from the real app by the end-to-end
// tests that show those screens (test/e2e/readme-pictures.ts). `npm test` runs the same tests but
// leaves docs/ alone.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const playwright = fileURLToPath(new URL('../node_modules/@playwright/test/cli.js', import.meta.url));
const files = ['test/e2e/readme-screenshots.e2e.ts', 'test/e2e/facilitation.e2e.ts', 'test/e2e/playbook.e2e.ts'];
const result = spawnSync(process.execPath, [playwright, 'test', ...files, ...process.argv.slice(2)], {
  cwd: root,
  env: { ...process.env, SAMSPIL_SCREENSHOTS: '1' },
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
