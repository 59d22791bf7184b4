import { homedir } from 'node:os';
import { join } from 'node:path';

/** The product name: Electron's userData folder is named after it, and so is ours. */
export const APP_FOLDER_NAME = 'Samspil';

/**
 * The default data folder: the same place Electron's `app.getPath('userData')` names, so the
 * desktop app and the browser host (`npm run web`) see the same workspaces.
 * - Windows: %APPDATA%\Samspil
 * - macOS: ~/Library/Application Support/Samspil
 * - Linux: $XDG_CONFIG_HOME/Samspil or ~/.config/Samspil
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), APP_FOLDER_NAME);
}

/** Reads `--data-dir DIR` (or `--data-dir=DIR`) from command-line arguments. */
export function dataDirFromArgs(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--data-dir') return args[i + 1];
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return undefined;
}
