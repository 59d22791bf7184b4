import { expect, openApp, test } from './fixtures';
import { SAMPLE_DA, SAMPLE_EN, danishMonthToday, namesOnDisk, workspaceTitle, saveState } from './helpers';

/** "redigeret nu", "redigeret for 1 sekund siden", "redigeret for 2 minutter siden". */
const DANISH_RECENT = /^redigeret (nu|for \d+ (sekund|sekunder|minut|minutter) siden)$/;

/** "23. november 2026 kl. 08.47", with today's month, as Intl writes it in Danish. */
function danishDateTime(): RegExp {
  return new RegExp(`\\d{1,2}\\. ${danishMonthToday()} \\d{4} kl\\. \\d{2}[.:]\\d{2}`);
}

test('switching the UI to Danish shows Danish text and formats, survives a reload, and reaches other pages', async ({ page, context, browser, host }) => {
  await openApp(page, host);
  // A second page already open follows the switch live.
  const open = await context.newPage();
  await openApp(open, host);

  await page.getByLabel('Language').selectOption({ label: 'Danish' });
  await expect(page.getByRole('heading', { level: 2, name: 'Arbejdsområder' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nyt arbejdsområde' })).toBeVisible();
  await expect(page.getByLabel('Sprog')).toHaveValue('da');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');

  // The sample keeps its (English) name: a workspace has its own language. Its row is in Danish.
  const row = page.getByRole('listitem', { name: SAMPLE_EN });
  await expect(row.getByRole('button', { name: 'Åbn' })).toBeVisible();
  await expect(row).toContainText('Engelsk');
  await expect(row.locator('time')).toHaveText(DANISH_RECENT);
  await expect(row.locator('time')).toHaveAttribute('title', danishDateTime());

  await expect(open.getByRole('heading', { level: 2, name: 'Arbejdsområder' })).toBeVisible();

  // In the workspace: Danish labels and save state.
  await row.getByRole('button', { name: 'Åbn' }).click();
  await expect(page.getByLabel('Arbejdsområdets navn')).toHaveValue(SAMPLE_EN);
  await expect(page.getByLabel('Kundens virksomhed')).toHaveValue('Nordvind Ventilation A/S');
  await page.getByLabel('Kundens virksomhed').fill('Nordvind Ventilation A/S, Vejle');
  await expect(saveState(page)).toHaveText('Gemt');
  await expect(page.getByRole('button', { name: 'Fortryd' })).toBeEnabled();

  // A reload keeps Danish: it is saved in the settings, not in the page.
  await page.reload();
  await expect(page.getByLabel('Arbejdsområdets navn')).toHaveValue(SAMPLE_EN);
  await page.getByRole('link', { name: 'Arbejdsområder' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Arbejdsområder' })).toBeVisible();

  // A long Danish date with its time: "slettet 23. november 2026 kl. 09.12" in the trash.
  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Slet' }).click();
  await expect(page.getByRole('status').filter({ hasText: `“${SAMPLE_EN}” er lagt i papirkurven.` })).toBeVisible();
  await page.getByRole('button', { name: 'Papirkurv' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Papirkurv' })).toBeVisible();
  const trashed = page.getByRole('listitem', { name: SAMPLE_EN });
  await expect(trashed.locator('time')).toHaveText(new RegExp(`^slettet ${danishDateTime().source}$`));
  await trashed.getByRole('button', { name: 'Gendan' }).click();
  await page.getByRole('button', { name: 'Tilbage til arbejdsområder' }).click();
  await expect(page.getByRole('listitem', { name: SAMPLE_EN })).toBeVisible();

  // A page opened afterwards starts in Danish, even in a browser whose own language is English.
  const later = await context.newPage();
  await openApp(later, host);
  await expect(later.getByRole('heading', { level: 2, name: 'Arbejdsområder' })).toBeVisible();
  const englishBrowser = await browser.newContext({ locale: 'en-GB' });
  try {
    const elsewhere = await englishBrowser.newPage();
    await openApp(elsewhere, host);
    await expect(elsewhere.getByRole('button', { name: 'Nyt arbejdsområde' })).toBeVisible();
  } finally {
    await englishBrowser.close();
  }

  // And back to English.
  await later.getByLabel('Sprog').selectOption({ label: 'Engelsk' });
  await expect(later.getByRole('heading', { level: 2, name: 'Workspaces' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Workspaces' })).toBeVisible();
});

test.describe('a Danish computer', () => {
  test.use({ locale: 'da-DK' });

  test('on a fresh data folder starts in Danish and installs the Danish sample', async ({ page, host }) => {
    await openApp(page, host);
    await expect(page.getByRole('heading', { level: 2, name: 'Arbejdsområder' })).toBeVisible();
    await expect(page.getByLabel('Sprog')).toHaveValue('da');
    const row = page.getByRole('listitem', { name: SAMPLE_DA });
    await expect(row).toContainText('Nordvind Ventilation A/S');
    await expect(row).toContainText('Dansk');
    expect(await namesOnDisk(host)).toEqual([SAMPLE_DA]);

    // The create dialog is in Danish too, and a new workspace gets Danish as its language.
    await page.getByRole('button', { name: 'Nyt arbejdsområde' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nyt arbejdsområde' });
    await expect(dialog.getByLabel('Playbookens sprog')).toHaveValue('da');
    await dialog.getByLabel('Arbejdsområdets navn').fill('Opstartsworkshop');
    await dialog.getByLabel('Kundens virksomhed').fill('Havbrise Software ApS');
    await dialog.getByRole('button', { name: 'Opret' }).click();
    await expect(workspaceTitle(page, 'Opstartsworkshop')).toBeVisible();
    await expect(saveState(page)).toHaveText('Gemt');
    await page.getByRole('link', { name: 'Arbejdsområder' }).click();
    const created = page.getByRole('listitem', { name: 'Opstartsworkshop' });
    await expect(created).toContainText('Havbrise Software ApS · Dansk · DKK');
    await expect(created.locator('time')).toHaveText(DANISH_RECENT);
    await expect(created.locator('time')).toHaveAttribute('title', danishDateTime());
  });
});
