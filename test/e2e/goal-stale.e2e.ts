import { expect, openApp, test } from './fixtures';
import { SAMPLE_EN } from './helpers';

/**
 * A conversion rate typed as "abc" (or emptied) stays in its field with its message, unsent; the
 * results, still worked out from the last valid value, say that they are not up to date until the
 * field reads as a number again.
 */
test('the results say they are stale while a rate reads "abc" or is empty', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  await page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('button', { name: /Shared goal/ }).click();
  const results = page.getByRole('region', { name: 'What it takes' });
  const stale = results.getByText(/^Not up to date/);
  await expect(results.getByRole('table').first()).toBeVisible();
  await expect(stale).toHaveCount(0);

  const rate = page.getByLabel(/^Lead → MQL for /).first();
  const before = await rate.inputValue();
  await rate.fill('abc');
  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  await expect(stale).toHaveText('Not up to date: 1 field above is not a number yet, so these results still use its last valid value.');
  await rate.fill('');
  await expect(stale).toBeVisible();
  await rate.fill(before);
  await expect(stale).toHaveCount(0);
});
