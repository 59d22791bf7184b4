import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * One browser host per test, started as a user starts it (`tsx electron/web-host/cli.ts
 * --port 0 --data-dir DIR`), on a fresh temporary data folder. The test reads the address with
 * its token from the host's own output, as a person would copy it.
 */
export interface Host {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** Stops the host (saving what is pending) and starts a new one on the same data folder. */
  restart(): Promise<void>;
}

const root = resolve(import.meta.dirname, '..', '..');

async function startHost(dataDir: string): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  // Node with tsx's loader, not tsx's CLI: the CLI force-kills its child 30 ms after passing on
  // SIGTERM, which under load could cut the host's last save short.
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web-host/cli.ts', '--port', '0', '--data-dir', dataDir], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`the host printed no address in 20 s\n${errors}`)), 20_000);
    child.once('exit', (code) => reject(new Error(`the host exited (${code}) before printing its address\n${errors}`)));
    lines.on('line', (line) => {
      if (/^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/.test(line)) {
        clearTimeout(timer);
        resolvePromise(line);
      }
    });
  });
  return { child, url };
}

async function stopHost(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

export const test = base.extend<{ host: Host }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'samspil-e2e-'));
    let running = await startHost(dataDir);
    const host: Host = {
      url: running.url,
      origin: new URL(running.url).origin,
      token: new URL(running.url).searchParams.get('token')!,
      dataDir,
      restart: async () => {
        await stopHost(running.child);
        running = await startHost(dataDir);
        host.url = running.url;
        host.origin = new URL(running.url).origin;
        host.token = new URL(running.url).searchParams.get('token')!;
      },
    };
    await use(host);
    await stopHost(running.child);
    await rm(dataDir, { recursive: true, force: true });
  },
});

/** Opens the app and waits until the home screen has listed the workspaces. */
export async function openApp(page: Page, host: Host): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
}

export { expect };
