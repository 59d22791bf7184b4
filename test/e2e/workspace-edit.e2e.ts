import { expect, openApp, test } from './fixtures';
import { readWorkspaceFile, saveState, workspaceIdOf, workspaceTitle } from './helpers';

test('create a workspace with the keyboard, rename it in its screen, and find the name after a reload, on disk and after a restart', async ({ page, host }) => {
  await openApp(page, host);

  // Keyboard only: Tab to "New workspace", Enter, type the name, Tab to the client, Enter submits.
  const newWorkspace = page.getByRole('button', { name: 'New workspace' });
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('Tab');
    if (await newWorkspace.evaluate((button) => button === document.activeElement)) break;
  }
  await expect(newWorkspace).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New workspace' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Workspace name')).toBeFocused();
  await page.keyboard.type('Kick-off workshop');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Client company')).toBeFocused();
  await page.keyboard.type('Havbrise Software ApS');
  await page.keyboard.press('Enter');

  // Its own screen.
  await expect(workspaceTitle(page, 'Kick-off workshop')).toBeVisible();
  const workspaceId = workspaceIdOf(page);
  const nameField = page.getByLabel('Workspace name');
  await expect(nameField).toHaveValue('Kick-off workshop');
  await expect(page.getByLabel('Client company')).toHaveValue('Havbrise Software ApS');
  expect((await readWorkspaceFile(host, workspaceId)).clientCompany).toBe('Havbrise Software ApS');

  // Edit the name as a person does: select it, type a new one.
  await nameField.click();
  await nameField.press('ControlOrMeta+a');
  await nameField.pressSequentially('Kick-off workshop, day 1');
  await expect(workspaceTitle(page, 'Kick-off workshop, day 1')).toBeVisible();
  await expect(saveState(page)).toHaveText('Saved');
  await expect.poll(async () => (await readWorkspaceFile(host, workspaceId)).name).toBe('Kick-off workshop, day 1');

  // Reload: still there.
  await page.reload();
  await expect(workspaceTitle(page, 'Kick-off workshop, day 1')).toBeVisible();
  await expect(page.getByLabel('Workspace name')).toHaveValue('Kick-off workshop, day 1');
  await expect(saveState(page)).toHaveText('Saved');

  // And on the home screen.
  await page.getByRole('link', { name: 'Workspaces' }).click();
  await expect(page.getByRole('listitem', { name: 'Kick-off workshop, day 1' })).toContainText('Havbrise Software ApS');

  // A new run of the host on the same data folder (a new token: open its new address).
  await host.restart();
  await page.goto(host.url);
  await expect(page.getByRole('listitem', { name: 'Kick-off workshop, day 1' })).toBeVisible();
  await page.getByRole('listitem', { name: 'Kick-off workshop, day 1' }).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByLabel('Workspace name')).toHaveValue('Kick-off workshop, day 1');
  expect(workspaceIdOf(page)).toBe(workspaceId);
  expect((await readWorkspaceFile(host, workspaceId)).name).toBe('Kick-off workshop, day 1');
});

test('the rename dialog on the home screen renames the workspace and its file', async ({ page, host }) => {
  await openApp(page, host);
  const row = page.getByRole('listitem', { name: 'Sales and marketing alignment workshop (sample)' });
  await row.getByRole('button', { name: 'Rename' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename workspace' });
  await dialog.getByLabel('Workspace name').fill('Nordvind workshop');
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await expect(dialog).toBeHidden();
  const renamed = page.getByRole('listitem', { name: 'Nordvind workshop', exact: true });
  await expect(renamed).toContainText('Nordvind Ventilation A/S');

  await renamed.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('listitem', { name: 'Nordvind workshop (copy)' })).toBeVisible();

  await renamed.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByLabel('Workspace name')).toHaveValue('Nordvind workshop');
  await expect.poll(async () => (await readWorkspaceFile(host, workspaceIdOf(page))).name).toBe('Nordvind workshop');
});
