// `npm start`: build, then run Samspil in Electron (`electron-vite preview`); arguments are passed
// on to `electron-vite preview` (e.g. `npm start -- --noSandbox`, or `npm start -- -- --flag` for
// Electron itself).
//
// Electron 42+ fetches its binary lazily, and without it electron-vite only says "Electron
// uninstall" after building. So first look for the binary (scripts/electron-binary.mjs, the way
// electron's index.js does, without loading it), say plainly if it is missing, and otherwise hand
// electron-vite the path we found (it reads only path.txt or ELECTRON_EXEC_PATH).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

const binary = electronBinary();
if (!binary) {
  console.error(
    [
      'samspil: the Electron binary is not installed, so `npm start` cannot open the app.',
      '  This happens when dependencies were installed with ELECTRON_SKIP_BINARY_DOWNLOAD set,',
      '  or without network access.',
      '  To fetch it: `npx install-electron` (or re-run `npm install` with network access).',
      '  Or run Samspil in your browser instead: `npm run web`.',
    ].join('\n'),
  );
  process.exit(1);
}

const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');

/** Runs electron-vite with our stdio; exits with its status if it fails. */
function run(args) {
  const result = spawnSync(process.execPath, [electronVite, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_EXEC_PATH: binary },
  });
  if (result.error) throw result.error;
  const status = result.status ?? 1; // null: killed by a signal
  if (status !== 0) process.exit(status);
}

run(['build']);
run(['preview', '--skipBuild', ...process.argv.slice(2)]);
