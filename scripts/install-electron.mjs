// The project's own postinstall. Electron 42+ has no install script of its own and electron-vite
// does not fetch the binary, so on a user's machine we run electron's installer here; where
// ELECTRON_SKIP_BINARY_DOWNLOAD is set (CI, machines without network) we skip it and say so.
// A failed download never fails `npm install`: `npm start` then explains and points to `npm run web`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const skip = process.env.ELECTRON_SKIP_BINARY_DOWNLOAD;
if (skip && skip !== '0' && skip !== 'false') {
  console.log('samspil: ELECTRON_SKIP_BINARY_DOWNLOAD is set; not fetching the Electron binary (use `npm run web`).');
  process.exit(0);
}
let installer;
try {
  const require = createRequire(import.meta.url);
  installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
} catch {
  process.exit(0);
}
if (!existsSync(installer)) process.exit(0);
const result = spawnSync(process.execPath, [installer], { stdio: 'inherit' });
if (result.status !== 0) {
  console.warn('samspil: the Electron binary could not be downloaded; `npm start` will not work here. `npm run web` runs Samspil in a browser.');
}
