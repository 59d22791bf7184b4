import { expect, openApp, test } from './fixtures';
import { readWorkspaceFile, workspaceIdOf } from './helpers';

/**
 * One rule for names, at creation and after: a participant's name or an agenda item's title
 * cleared (or turned into spaces) is refused where it is typed, with a message, and never saved.
 */
test('a participant or an agenda item renamed to blanks is refused, as at creation', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('listitem', { name: 'Sales and marketing alignment workshop (sample)' }).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Set-up' })).toBeVisible();
  const workspaceId = workspaceIdOf(page);

  const mette = page.getByRole('listitem', { name: 'Mette Kjærgaard' }).getByRole('textbox', { name: 'Name' });
  await mette.fill('   ');
  await expect(page.getByText("Type the participant's name first.")).toBeVisible();

  const coffee = page.getByRole('textbox', { name: 'Agenda item' }).first();
  await expect(coffee).toHaveValue('Coffee break');
  await coffee.fill('');
  await expect(page.getByText('Give it a name: a blank name is not saved.')).toBeVisible();

  // Something else saved afterwards: the blanks never went with it.
  await page.getByRole('textbox', { name: 'Job title' }).first().fill('CEO');
  await expect.poll(async () => {
    const setup = (await readWorkspaceFile(host, workspaceId))['steps'] as { setup: { participants: { name: string; title: string }[]; agenda: { title?: string }[] } };
    return [setup.setup.participants[0]!.title, setup.setup.participants[0]!.name, setup.setup.agenda.filter((item) => item.title !== undefined)[0]!.title];
  }).toEqual(['CEO', 'Mette Kjærgaard', 'Coffee break']);
});
