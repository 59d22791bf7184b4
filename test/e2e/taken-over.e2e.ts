import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { violations } from './axe';
import { expect, openApp, test, type Host } from './fixtures';
import { SAMPLE_EN, readWorkspaceFile, saveState, workspaceIdOf } from './helpers';

/**
 * Another Samspil takes the workspace over, as `workspace.takeOver` does: its lock (a live
 * process, this test's own, with its own token) replaces the host's, and it saves its own edit.
 */
async function anotherSamspilTakesOver(host: Host, workspaceId: string, clientCompany: string): Promise<void> {
  const lock = { pid: process.pid, host: hostname(), since: '2026-12-01T20:15:00.000Z', token: 'the-other-samspil' };
  await writeFile(join(host.dataDir, 'locks', `${workspaceId}.lock`), JSON.stringify(lock));
  const file = join(host.dataDir, 'workspaces', `${workspaceId}.json`);
  const document = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  await writeFile(file, JSON.stringify({ ...document, clientCompany }, null, 2));
}

const banner = (page: Page) => page.getByRole('alert').filter({ hasText: 'Another Samspil took this workspace over.' });

test('a window whose workspace another Samspil took over says so, keeps what was typed, and can take it back or go back', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  const client = page.getByLabel('Client company');
  await expect(client).toHaveValue('Nordvind Ventilation A/S');
  const workspaceId = workspaceIdOf(page);

  await anotherSamspilTakesOver(host, workspaceId, 'Saved by the other Samspil');
  await client.fill('Typed after the take-over');

  // The edit is refused: the banner says who took it and since when, the field keeps the text.
  await expect(banner(page)).toContainText(`(process ${process.pid} on ${hostname()})`);
  await expect(saveState(page)).toHaveText('Taken over');
  const notice = page.getByRole('alert').filter({ hasText: 'Your text was not saved' });
  await expect(notice.locator('q')).toHaveText('Typed after the take-over');
  // The field says why, in words: another Samspil took the workspace over.
  await expect(notice).toContainText(`Another Samspil (process ${process.pid} on ${hostname()}) took this workspace over`);
  expect(await violations(page)).toEqual([]);
  // The file keeps the other's edit; the lock stays the other's.
  expect((await readWorkspaceFile(host, workspaceId)).clientCompany).toBe('Saved by the other Samspil');
  expect(JSON.parse(await readFile(join(host.dataDir, 'locks', `${workspaceId}.lock`), 'utf8'))).toMatchObject({ token: 'the-other-samspil' });

  // Take it back: the file is read afresh, the typed text can be put back and is saved.
  await banner(page).getByRole('button', { name: 'Take it back' }).click();
  await expect(banner(page)).toHaveCount(0);
  await expect(client).toHaveValue('Saved by the other Samspil');
  expect(JSON.parse(await readFile(join(host.dataDir, 'locks', `${workspaceId}.lock`), 'utf8'))).not.toMatchObject({ token: 'the-other-samspil' });
  await notice.getByRole('button', { name: 'Put my text back' }).click();
  await expect(saveState(page)).toHaveText('Saved');
  await expect.poll(async () => (await readWorkspaceFile(host, workspaceId)).clientCompany).toBe('Typed after the take-over');

  // Taken over again while nobody types: the periodic check tells the window; it can go back.
  await anotherSamspilTakesOver(host, workspaceId, 'The other Samspil again');
  await expect(banner(page)).toBeVisible();
  await banner(page).getByRole('link', { name: 'Back to workspaces' }).click();
  await expect(page.getByRole('listitem', { name: SAMPLE_EN })).toBeVisible();
  // Opening it again is refused while the other holds it, with the way to take it over.
  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('alert')).toContainText(`This workspace is open in another Samspil (process ${process.pid}`);
  await expect(page.getByRole('button', { name: 'Take over…' })).toBeVisible();
  expect((await readWorkspaceFile(host, workspaceId)).clientCompany).toBe('The other Samspil again');
});
