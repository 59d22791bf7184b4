import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Builds the renderer the browser host serves, once per run; fails clearly without Chromium. */
export default function globalSetup(): void {
  const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    throw new Error(`Chromium is missing at ${chromium}: install Debian's chromium (apt-get install -y chromium), as .ci/run does.`);
  }
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'inherit' });
}
