import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { violations } from './axe';
import { expect, openApp, test } from './fixtures';
import { SAMPLE_EN, createWorkspace, saveState } from './helpers';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the home screen has no WCAG 2.1 AA violations (${colorScheme})`, async ({ page, host }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page, host);
    await createWorkspace(page, 'Kick-off workshop', 'Havbrise Software ApS');
    await page.getByRole('link', { name: 'Workspaces' }).click();
    await expect(page.getByRole('listitem', { name: SAMPLE_EN })).toBeVisible();
    await expect(page.getByRole('listitem', { name: 'Kick-off workshop' })).toBeVisible();
    expect(await violations(page, ['page-has-heading-one'])).toEqual([]);
  });
}

test('the create dialog, the workspace screen and the trash have no WCAG 2.1 AA violations', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'New workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workspace' });
  await expect(dialog.getByLabel('Workspace name')).toBeFocused();
  expect(await violations(page)).toEqual([]);

  // With the form's error showing.
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByText('Give the workspace a name.')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByLabel('Workspace name')).toHaveValue(SAMPLE_EN);
  await page.getByLabel('Client company').fill('Nordvind Ventilation A/S, Vejle');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await expect(saveState(page)).toHaveText('Saved');
  expect(await violations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Workspaces' }).click();
  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Delete' }).click();
  // The notice with its Undo is on screen while the home screen (now empty) is checked.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Trash' }).click();
  await expect(page.getByRole('listitem', { name: SAMPLE_EN })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the home screen with a damaged file and too-new files listed has a level-one heading and no WCAG 2.1 AA violations (${colorScheme})`, async ({ page, host }) => {
    const workspaces = join(host.dataDir, 'workspaces');
    await writeFile(join(workspaces, 'broken.json'), '{"schemaVersion": 1, "name": "Cut o');
    const current = JSON.parse(await readFile(join(import.meta.dirname, '..', 'fixtures', 'workspace-v4.json'), 'utf8')) as { stepVersions: Record<string, number> };
    // Made by a newer Samspil: the whole file (workspace_too_new), or one step (workspace_step_too_new).
    await writeFile(join(workspaces, 'too-new.json'), JSON.stringify({ ...current, id: 'too-new', name: 'Workshop from the future', schemaVersion: 99 }));
    await writeFile(
      join(workspaces, 'step-too-new.json'),
      JSON.stringify({ ...current, id: 'step-too-new', name: 'Workshop with a newer step', stepVersions: { ...current.stepVersions, setup: 99 } }),
    );
    await page.emulateMedia({ colorScheme });
    await openApp(page, host);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samspil');
    await expect(page.getByRole('listitem', { name: 'broken.json' })).toContainText('This file cannot be opened.');
    await expect(page.getByRole('listitem', { name: 'Workshop from the future' })).toContainText('Made by a newer version of Samspil.');
    await expect(page.getByRole('listitem', { name: 'Workshop with a newer step' })).toContainText('Made by a newer version of Samspil.');
    expect(await violations(page, ['page-has-heading-one'])).toEqual([]);
  });
}

test('the Danish home screen and workspace screen in dark have no WCAG 2.1 AA violations', async ({ page, host }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page, host);
  await page.getByLabel('Language').selectOption('da');
  await expect(page.getByRole('heading', { level: 2, name: 'Arbejdsområder' })).toBeVisible();
  expect(await violations(page, ['page-has-heading-one'])).toEqual([]);
  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Åbn' }).click();
  await expect(page.getByLabel('Arbejdsområdets navn')).toHaveValue(SAMPLE_EN);
  expect(await violations(page, ['page-has-heading-one'])).toEqual([]);
});
