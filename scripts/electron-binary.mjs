// Where the Electron executable is, found the way electron's own index.js finds it, but without
// loading that module (from plain Node it would start a download, or throw without network):
// `path.txt` names the executable inside `dist/`; ELECTRON_OVERRIDE_DIST_PATH replaces `dist/`;
// ELECTRON_EXEC_PATH (read by electron-vite too) names the executable outright.
// Used by `npm start` (scripts/start.mjs) and the Electron end-to-end tests (test/electron).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The Electron executable's path if it is installed, else undefined. */
export function electronBinary(env = process.env) {
  const given = env.ELECTRON_EXEC_PATH;
  if (given) return existsSync(given) ? given : undefined;
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? join(override, executable || 'electron') : executable && join(packageDir, 'dist', executable);
  return binary && existsSync(binary) ? binary : undefined;
}
