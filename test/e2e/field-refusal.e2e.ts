import { violations } from './axe';
import { expect, openApp, test } from './fixtures';
import { SAMPLE_EN, readWorkspaceFile, saveState, workspaceIdOf } from './helpers';

test('two tabs typing in the same field: the refused one says so at the field, keeps the text typed, and can put it back', async ({ page: pageA, context, host }) => {
  await openApp(pageA, host);
  await pageA.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  await expect(pageA.getByLabel('Client company')).toHaveValue('Nordvind Ventilation A/S');
  const workspaceId = workspaceIdOf(pageA);

  // Page B hears no broadcasts (its event stream is cut), so it still edits the revision it
  // opened: A's change to the same field since then makes the service refuse B's edit, as it
  // does when two people type in one field at the same moment.
  const pageB = await context.newPage();
  await pageB.route('**/api/events', (route) => route.abort());
  await openApp(pageB, host);
  await pageB.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  await expect(pageB.getByLabel('Client company')).toHaveValue('Nordvind Ventilation A/S');

  await pageA.getByLabel('Client company').fill('Nordvind A/S');
  await expect(saveState(pageA)).toHaveText('Saved');
  await expect.poll(async () => (await readWorkspaceFile(host, workspaceId)).clientCompany).toBe('Nordvind A/S');

  const clientB = pageB.getByLabel('Client company');
  await clientB.fill('Nordvind Ventilation A/S, Vejle');
  const notice = pageB.getByRole('alert').filter({ hasText: 'Your text was not saved' });
  await expect(notice).toContainText('someone else changed this field at the same moment');
  await expect(notice.locator('q')).toHaveText('Nordvind Ventilation A/S, Vejle');
  // The notice describes the field it belongs to.
  await expect(clientB).toHaveAccessibleDescription(/Your text was not saved.*Nordvind Ventilation A\/S, Vejle/);
  expect(await violations(pageB)).toEqual([]);
  // The refused text is not in the file.
  expect((await readWorkspaceFile(host, workspaceId)).clientCompany).toBe('Nordvind A/S');

  // The field shows what A wrote (the refusal made B fetch the document); "Put my text back"
  // puts B's text in the field and sends it again, now on a revision the service knows.
  await expect(clientB).toHaveValue('Nordvind A/S');
  await notice.getByRole('button', { name: 'Put my text back' }).click();
  await expect(clientB).toHaveValue('Nordvind Ventilation A/S, Vejle');
  await expect(clientB).toBeFocused();
  await expect(notice).toHaveCount(0);
  await expect(saveState(pageB)).toHaveText('Saved');
  await expect.poll(async () => (await readWorkspaceFile(host, workspaceId)).clientCompany).toBe('Nordvind Ventilation A/S, Vejle');
  await expect(pageA.getByLabel('Client company')).toHaveValue('Nordvind Ventilation A/S, Vejle');

  // Refused again: "Dismiss" hides the notice, sends nothing, and returns focus to the field.
  await pageA.getByLabel('Client company').fill('Nordvind');
  await expect.poll(async () => (await readWorkspaceFile(host, workspaceId)).clientCompany).toBe('Nordvind');
  await clientB.fill('Nordvind Ventilation');
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await expect(clientB).toBeFocused();
  expect((await readWorkspaceFile(host, workspaceId)).clientCompany).toBe('Nordvind');
});
