import { expect, openApp, test } from './fixtures';
import { SAMPLE_EN, createWorkspace, jsonFilesIn, workspaceFiles } from './helpers';

test('delete with undo, then delete, find it in the trash and restore it: the file moves between workspaces/ and trash/', async ({ page, host }) => {
  await openApp(page, host);
  const workspaceId = await createWorkspace(page, 'Kick-off workshop', 'Havbrise Software ApS');
  await page.getByRole('link', { name: 'Workspaces' }).click();
  const row = page.getByRole('listitem', { name: 'Kick-off workshop' });
  await expect(row).toBeVisible();
  expect(await jsonFilesIn(host, 'workspaces')).toContain(`${workspaceId}.json`);
  const bytes = (await workspaceFiles(host)).find((entry) => entry.file === `${workspaceId}.json`)!.text;

  // Delete, then Undo in the notice.
  await row.getByRole('button', { name: 'Delete' }).click();
  await expect(row).toBeHidden();
  const notice = page.getByRole('status').filter({ hasText: '“Kick-off workshop” was moved to the trash.' });
  await expect(notice).toBeVisible();
  expect(await jsonFilesIn(host, 'workspaces')).not.toContain(`${workspaceId}.json`);
  expect(await jsonFilesIn(host, 'trash')).toEqual([expect.stringMatching(new RegExp(`^${workspaceId}__\\d{8}T\\d+Z\\.json$`))]);
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(row).toContainText('Havbrise Software ApS');
  expect(await jsonFilesIn(host, 'workspaces')).toContain(`${workspaceId}.json`);
  expect(await jsonFilesIn(host, 'trash')).toEqual([]);

  // Delete again, and restore it from the trash view.
  await row.getByRole('button', { name: 'Delete' }).click();
  await expect(row).toBeHidden();
  await page.getByRole('button', { name: 'Trash' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Trash' })).toBeVisible();
  const trashed = page.getByRole('listitem', { name: 'Kick-off workshop' });
  await expect(trashed).toContainText('Havbrise Software ApS');
  await expect(trashed).toContainText(/deleted \d{1,2} \w+ \d{4} at \d{2}:\d{2}/);
  // The sample was not deleted: it is not in the trash.
  await expect(page.getByRole('listitem', { name: SAMPLE_EN })).toHaveCount(0);
  const [trashFile] = await jsonFilesIn(host, 'trash');
  expect(trashFile).toMatch(new RegExp(`^${workspaceId}__`));

  await trashed.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '“Kick-off workshop” is back among your workspaces.' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to workspaces' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Workspaces' })).toBeVisible();
  await expect(row).toContainText('Havbrise Software ApS');
  expect(await jsonFilesIn(host, 'trash')).toEqual([]);
  expect(await jsonFilesIn(host, 'workspaces')).toContain(`${workspaceId}.json`);
  // Restored as it was: same id, same bytes.
  expect((await workspaceFiles(host)).find((entry) => entry.file === `${workspaceId}.json`)!.text).toBe(bytes);

  // It opens again.
  await row.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByLabel('Client company')).toHaveValue('Havbrise Software ApS');
});

test('a workspace deleted from another page disappears from this one’s list live', async ({ page, context, host }) => {
  await openApp(page, host);
  const other = await context.newPage();
  await openApp(other, host);
  await other.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('listitem', { name: SAMPLE_EN })).toBeHidden();
  await expect(page.getByText('No workspaces yet.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Trash' }).click();
  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Restore' }).click();
  await expect(other.getByRole('listitem', { name: SAMPLE_EN })).toBeVisible();
});
