import { writeFile } from 'node:fs/promises';
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
    expect(await violations(page)).toEqual([]);
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
  test(`the home screen with a damaged file listed has no WCAG 2.1 AA violations (${colorScheme})`, async ({ page, host }) => {
    await writeFile(join(host.dataDir, 'workspaces', 'broken.json'), '{"schemaVersion": 1, "name": "Cut o');
    await page.emulateMedia({ colorScheme });
    await openApp(page, host);
    await expect(page.getByRole('listitem', { name: 'broken.json' })).toContainText('This file cannot be opened.');
    expect(await violations(page)).toEqual([]);
  });
}

test('the Danish home screen and workspace screen in dark have no WCAG 2.1 AA violations', async ({ page, host }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page, host);
  await page.getByLabel('Language').selectOption('da');
  await expect(page.getByRole('heading', { level: 2, name: 'Arbejdsområder' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Åbn' }).click();
  await expect(page.getByLabel('Arbejdsområdets navn')).toHaveValue(SAMPLE_EN);
  expect(await violations(page)).toEqual([]);
});
