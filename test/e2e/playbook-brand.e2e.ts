// The consultant's brand as a consultant sets it up (issue 17): "Your firm" on the home screen, a
// firm name, an SVG logo with a script in it (cleaned before it is kept) and an accent colour; a
// new workspace then prints them on the cover and in the running header of every page. The
// document's control data (version, status) is set from the playbook's preview and shows on the
// contents page and in the footer. Axe checks the dialogs.
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, openApp, test } from './fixtures';
import { workspaceIdOf } from './helpers';

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" onload="alert(1)"><script>alert(2)</script><rect width="40" height="40" fill="#2e7d5b"/></svg>';

test('the consultant’s firm, logo and colour are on every new playbook, with its document control', async ({ page, host }) => {
  test.setTimeout(120_000);
  await openApp(page, host);
  await page.getByRole('button', { name: 'Your firm' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your firm on every playbook' });
  await dialog.getByLabel('Firm name').fill('Lykke & Co. Rådgivning');
  await dialog.getByLabel('Logo (PNG or SVG)').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(LOGO) });
  await expect(dialog.getByRole('img', { name: 'Your logo' })).toBeVisible();
  await dialog.getByLabel('Accent colour').fill('#2e7d5b');
  const axe = await new AxeBuilder({ page }).include('dialog[open]').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations).toEqual([]);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  // Kept in the consultant's settings, the logo cleaned.
  const settings = JSON.parse(await readFile(join(host.dataDir, 'settings.json'), 'utf8')) as { consultant: { firmName: string; accent: string; logo: { data: string } } };
  expect(settings.consultant).toMatchObject({ firmName: 'Lykke & Co. Rådgivning', accent: '#2e7d5b' });
  const kept = Buffer.from(settings.consultant.logo.data, 'base64').toString('utf8');
  expect(kept).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#2e7d5b"/></svg>');

  // A new workspace carries them into its playbook.
  await page.getByRole('button', { name: 'New workspace' }).click();
  const create = page.getByRole('dialog', { name: 'New workspace' });
  await create.getByLabel('Workspace name').fill('Alignment day');
  await create.getByLabel('Client company').fill('Havbrise Software ApS');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Set-up' })).toBeVisible();
  const workspaceId = workspaceIdOf(page);
  await page.getByRole('link', { name: 'Playbook' }).click();
  await expect(page).toHaveURL(new RegExp(`#/playbook/${workspaceId}$`));
  const pages = page.locator('.pb-pages .pb-page');
  await expect(pages.first()).toContainText('Prepared by Lykke & Co. Rådgivning');
  await expect(pages.first().locator('img.pb-cover__logo')).toBeVisible();
  await expect(pages.nth(1).locator('.pb-page__running')).toHaveText('Lykke & Co. Rådgivning');
  const accent = await pages.first().evaluate((node) => getComputedStyle(node).getPropertyValue('--pb-accent').trim());
  expect(accent).toBe('#2e7d5b');

  // Document control from the preview: version and status, on the contents page and in the footer.
  await page.getByRole('button', { name: 'Document details' }).click();
  const details = page.getByRole('dialog', { name: 'Document control and summary' });
  await details.getByLabel('Version').fill('2.0');
  await details.getByLabel('Status').selectOption('final');
  await details.getByLabel('Executive summary (your own text)').fill('Havbrise grows by selling together.');
  const axeDetails = await new AxeBuilder({ page }).include('dialog[open]').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axeDetails.violations).toEqual([]);
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.pb-pages .pb-control')).toContainText('2.0');
  await expect(page.locator('.pb-pages .pb-control')).toContainText('Final');
  await expect(pages.nth(1)).toContainText('Havbrise grows by selling together.');
  await expect(pages.last().locator('.pb-page__title')).toHaveText('Confidential · Version 2.0, final');
  // Kept in the workspace's file, beside its own copy of the brand.
  await expect
    .poll(async () => (JSON.parse(await readFile(join(host.dataDir, 'workspaces', `${workspaceId}.json`), 'utf8')) as { playbook?: { control: { status: string; version: string }; consultant: { firmName: string } } }).playbook)
    .toMatchObject({ control: { status: 'final', version: '2.0' }, consultant: { firmName: 'Lykke & Co. Rådgivning' } });
});
