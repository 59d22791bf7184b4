import { expect, openApp, test } from './fixtures';

test('a new user sees the sample workshop on the home screen', async ({ page, host }) => {
  await openApp(page, host);
  await expect(page.getByRole('heading', { name: 'Workspaces' })).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Sales and marketing alignment workshop (sample)' })).toContainText('Nordvind Ventilation A/S');
});
