import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { SAMPLE_DA, SAMPLE_EN, createWorkspace, workspaceTitle } from './helpers';
import { readmePicture } from './readme-pictures';

/** The README's pictures of the home screen, taken from the real app (in docs/ by `npm run screenshots`). */

async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    await document.fonts.ready;
  });
  await page.mouse.move(0, 799);
}

test('the home screen for the README (English, light)', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page, host);
  await createWorkspace(page, 'Kick-off workshop', 'Havbrise Software ApS');
  await page.getByRole('link', { name: 'Workspaces' }).click();
  await expect(page.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('listitem').first()).toHaveAccessibleName('Kick-off workshop');
  await expect(page.getByRole('listitem', { name: SAMPLE_EN })).toContainText('Nordvind Ventilation A/S');
  await settle(page);
  await page.screenshot({ path: readmePicture('home.png') });
});

test.describe('on a Danish computer', () => {
  test.use({ locale: 'da-DK', colorScheme: 'dark' });

  test('the home screen for the README (Danish, dark)', async ({ page, host }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, host);
    await page.getByRole('button', { name: 'Nyt arbejdsområde' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nyt arbejdsområde' });
    await dialog.getByLabel('Arbejdsområdets navn').fill('Opstartsworkshop');
    await dialog.getByLabel('Kundens virksomhed').fill('Havbrise Software ApS');
    await dialog.getByRole('button', { name: 'Opret' }).click();
    await expect(workspaceTitle(page, 'Opstartsworkshop')).toBeVisible();
    await page.getByRole('link', { name: 'Arbejdsområder' }).click();
    await expect(page.getByRole('listitem')).toHaveCount(2);
    await expect(page.getByRole('listitem', { name: SAMPLE_DA })).toContainText('Nordvind Ventilation A/S');
    await settle(page);
    await page.screenshot({ path: readmePicture('home-da-dark.png') });
  });
});
