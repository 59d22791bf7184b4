import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Host } from './fixtures';

/** What the tests look for, as a user reads it. */
export const SAMPLE_EN = 'Sales and marketing alignment workshop (sample)';
export const SAMPLE_DA = 'Workshop om samspil mellem salg og marketing (eksempel)';

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The `.json` files in one of the data folder's subfolders (`workspaces`, `trash`). */
export async function jsonFilesIn(host: Host, folder: 'workspaces' | 'trash'): Promise<string[]> {
  const names = await readdir(join(host.dataDir, folder)).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith('.json')).sort();
}

/** Every workspace file in `workspaces/`, parsed where it parses. */
export async function workspaceFiles(host: Host): Promise<{ file: string; text: string; json: { id?: string; name?: string } | null }[]> {
  const files = await jsonFilesIn(host, 'workspaces');
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(join(host.dataDir, 'workspaces', file), 'utf8');
      let json: { id?: string; name?: string } | null = null;
      try {
        json = JSON.parse(text) as { id?: string; name?: string };
      } catch {
        json = null;
      }
      return { file, text, json };
    }),
  );
}

/** The names of the workspaces on disk, sorted. */
export async function namesOnDisk(host: Host): Promise<string[]> {
  return (await workspaceFiles(host)).map((entry) => entry.json?.name ?? `<unparsed ${entry.file}>`).sort();
}

/** The id of the workspace the page shows (`#/w/<id>`). */
export function workspaceIdOf(page: Page): string {
  const match = /#\/w\/([^/?#]+)/.exec(page.url());
  if (!match) throw new Error(`not on a workspace screen: ${page.url()}`);
  return decodeURIComponent(match[1]!);
}

export async function readWorkspaceFile(host: Host, workspaceId: string): Promise<{ name: string; clientCompany: string } & Record<string, unknown>> {
  return JSON.parse(await readFile(join(host.dataDir, 'workspaces', `${workspaceId}.json`), 'utf8')) as {
    name: string;
    clientCompany: string;
  };
}

/**
 * The open workspace's name as its screen shows it, as a title (the workspace screen's heading).
 * One place to change when the workspace screen changes its layout.
 */
export function workspaceTitle(page: Page, name: string) {
  return page.getByRole('main').getByText(name, { exact: true }).first();
}

/** Creates a workspace through the home screen's dialog (by mouse) and waits for its screen. */
export async function createWorkspace(page: Page, name: string, clientCompany: string): Promise<string> {
  await page.getByRole('button', { name: 'New workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workspace' });
  await dialog.getByLabel('Workspace name').fill(name);
  await dialog.getByLabel('Client company').fill(clientCompany);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByLabel('Workspace name')).toHaveValue(name);
  await expect(workspaceTitle(page, name)).toBeVisible();
  return workspaceIdOf(page);
}

/** The workspace screen's save state ("Saved", "Saving…", "Not saved"). */
export function saveState(page: Page) {
  // Other status regions (the notices, a step's timer) say other things.
  return page.getByRole('main').getByRole('status').filter({ hasText: SAVE_STATES });
}

/** What the save state can say, in English and Danish (src/i18n/<lang>/workspace.json). */
const SAVE_STATES = /^(Saved|Saving…|Not saved|Changed elsewhere|Gemt|Gemmer…|Ikke gemt|Ændret andetsteds)/;

/** Today's month in Danish, as `Intl` writes it in a long date ("november"). */
export function danishMonthToday(): string {
  return new Intl.DateTimeFormat('da-DK', { month: 'long' }).format(new Date());
}
