import { expect, openApp, test } from './fixtures';
import { SAMPLE_EN, readWorkspaceFile, saveState, workspaceIdOf, workspaceTitle } from './helpers';

test('two pages on one workspace see each other’s edits live, and undo in one reverts the other’s edit in both', async ({ page: pageA, context, host }) => {
  // Page A opens the sample; page B opens the app's address too (it gets the token cookie) and
  // goes to the same workspace.
  await openApp(pageA, host);
  await pageA.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  await expect(workspaceTitle(pageA, SAMPLE_EN)).toBeVisible();
  const workspaceId = workspaceIdOf(pageA);

  const pageB = await context.newPage();
  await openApp(pageB, host);
  await pageB.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  await expect(pageB.getByLabel('Workspace name')).toHaveValue(SAMPLE_EN);
  expect(workspaceIdOf(pageB)).toBe(workspaceId);

  // A types a new name: B's field and heading follow without a reload.
  const nameA = pageA.getByLabel('Workspace name');
  await nameA.click();
  await nameA.press('ControlOrMeta+a');
  await nameA.pressSequentially('Nordvind workshop');
  await expect(pageB.getByLabel('Workspace name')).toHaveValue('Nordvind workshop');
  await expect(workspaceTitle(pageB, 'Nordvind workshop')).toBeVisible();
  await nameA.blur();

  // B types in the client field: A follows.
  const clientB = pageB.getByLabel('Client company');
  await clientB.click();
  await clientB.press('End');
  await clientB.pressSequentially(' (Aarhus)');
  await expect(pageA.getByLabel('Client company')).toHaveValue('Nordvind Ventilation A/S (Aarhus)');
  await clientB.blur();

  // Undo in B: first B's own edit, then A's rename, in both pages.
  await pageB.getByRole('button', { name: 'Undo' }).click();
  await expect(pageA.getByLabel('Client company')).toHaveValue('Nordvind Ventilation A/S');
  await expect(pageB.getByLabel('Client company')).toHaveValue('Nordvind Ventilation A/S');
  await pageB.getByRole('button', { name: 'Undo' }).click();
  await expect(workspaceTitle(pageA, SAMPLE_EN)).toBeVisible();
  await expect(pageA.getByLabel('Workspace name')).toHaveValue(SAMPLE_EN);
  await expect(workspaceTitle(pageB, SAMPLE_EN)).toBeVisible();
  await expect(pageB.getByLabel('Workspace name')).toHaveValue(SAMPLE_EN);

  // Redo in A brings the rename back everywhere; the file ends with it.
  await pageA.getByRole('button', { name: 'Redo' }).click();
  await expect(pageB.getByLabel('Workspace name')).toHaveValue('Nordvind workshop');
  await expect(saveState(pageA)).toHaveText('Saved');
  await expect(saveState(pageB)).toHaveText('Saved');
  await expect.poll(async () => (await readWorkspaceFile(host, workspaceId)).name).toBe('Nordvind workshop');

  // The home screen of the other page lists the new name live too.
  await pageB.getByRole('link', { name: 'Workspaces' }).click();
  await expect(pageB.getByRole('listitem', { name: 'Nordvind workshop' })).toBeVisible();
  await nameA.click();
  await nameA.press('End');
  await nameA.pressSequentially(' 2027');
  await expect(pageB.getByRole('listitem', { name: 'Nordvind workshop 2027' })).toBeVisible();
});

test('two browser contexts (two people’s browsers, each with the address) stay in step', async ({ browser, host }) => {
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  try {
    const pageA = await contextA.newPage();
    const pageB = await contextB.newPage();
    await openApp(pageA, host);
    await pageA.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
    const workspaceId = workspaceIdOf(pageA);
    // B opens the address with the token and goes straight to the workspace's route.
    await pageB.goto(`${host.url}#/w/${workspaceId}`);
    await expect(pageB.getByLabel('Workspace name')).toHaveValue(SAMPLE_EN);

    await pageB.getByLabel('Client company').fill('Nordvind Ventilation A/S, Vejle');
    await expect(pageA.getByLabel('Client company')).toHaveValue('Nordvind Ventilation A/S, Vejle');
    await pageB.getByLabel('Client company').blur();
    await pageA.getByRole('button', { name: 'Undo' }).click();
    await expect(pageB.getByLabel('Client company')).toHaveValue('Nordvind Ventilation A/S');
    await expect(pageA.getByLabel('Client company')).toHaveValue('Nordvind Ventilation A/S');
  } finally {
    await contextA.close();
    await contextB.close();
  }
});
