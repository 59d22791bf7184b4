import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { violations } from './axe';
import { expect, openApp, test } from './fixtures';
import { SAMPLE_EN, jsonFilesIn, readWorkspaceFile, saveState } from './helpers';

test('a workspace locked by a live process that cannot be told stale can be taken over, after a confirm that says what it means', async ({ page, host }) => {
  await openApp(page, host);
  const [file] = await jsonFilesIn(host, 'workspaces');
  const workspaceId = file!.replace(/\.json$/, '');
  // A lock naming a process that runs (this test's own) on this machine, with nothing that tells
  // it stale (no boot id, no start time): as an older Samspil, or a reused pid, leaves it.
  const lockFile = join(host.dataDir, 'locks', `${workspaceId}.lock`);
  await writeFile(lockFile, JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-11-30T10:00:00.000Z' }));

  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('alert')).toContainText(`This workspace is open in another Samspil (process ${process.pid}`);

  // The confirm says what taking over means; Cancel leaves everything as it was.
  await page.getByRole('button', { name: 'Take over…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Take over this workspace?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription(new RegExp(`process ${process.pid}.*not yet saved may be lost`));
  expect(await violations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(JSON.parse(await readFile(lockFile, 'utf8'))).toMatchObject({ pid: process.pid });

  await page.getByRole('button', { name: 'Take over…' }).click();
  await dialog.getByRole('button', { name: 'Take over' }).click();
  await expect(page.getByLabel('Workspace name')).toHaveValue(SAMPLE_EN);
  await page.getByLabel('Client company').fill('Nordvind Ventilation A/S, Vejle');
  await expect(saveState(page)).toHaveText('Saved');
  await expect.poll(async () => (await readWorkspaceFile(host, workspaceId)).clientCompany).toBe('Nordvind Ventilation A/S, Vejle');
  // The lock is the host's now.
  expect(JSON.parse(await readFile(lockFile, 'utf8'))).not.toMatchObject({ pid: process.pid });
});
