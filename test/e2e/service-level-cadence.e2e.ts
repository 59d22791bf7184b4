import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { readFile } from 'node:fs/promises';
import { expect, openApp, test } from './fixtures';
import { SAMPLE_DA, SAMPLE_EN, workspaceIdOf } from './helpers';

/**
 * The service level agreement and the feedback cadence as a new user meets them: the SLA's MQLs
 * follow the shared goal, the evidence shows when the response time is set, the cadence exports
 * as a calendar file; and the sample's projector views and playbook sections in both languages,
 * with axe on every screen.
 *
 * A new workspace's goal (the shared goal step's defaults), worked back by hand:
 *   New business 50 % of 10.000.000 = 5.000.000 ÷ 100.000 = 50 won; Proposal 50 ÷ 0,25 = 200;
 *     Meeting 200 ÷ 0,5 = 400; SQL ⌈400 ÷ 0,6⌉ = 667; MQL 667 ÷ 0,5 = 1.334.
 *   Existing customers 5.000.000 ÷ 40.000 = 125; 500; 1.000; ⌈1.666,7⌉ = 1.667; MQL 3.334.
 *   MQLs 4.668 a year; the first month ⌈1.334 ÷ 12⌉ + ⌈3.334 ÷ 12⌉ = 112 + 278 = 390; a week ⌈4.668 ÷ 52⌉ = 90.
 * With the target at 20.000.000: New business 100 won; 400; 800; ⌈1.333,3⌉ = 1.334; MQL 2.668.
 *   Existing 250; 1.000; 2.000; ⌈3.333,3⌉ = 3.334; MQL 6.668. MQLs 9.336; first month
 *   ⌈2.668 ÷ 12⌉ + ⌈6.668 ÷ 12⌉ = 223 + 556 = 779; a week ⌈9.336 ÷ 52⌉ = 180.
 *   With 4 sellers at 6 attempts: 9.336 × 6 = 56.016 over 4 × 52 = 208 seller-weeks: ⌈269,3⌉ = 270
 *   attempts a week. The goal's 25 follow-ups a week (for meetings) play no part: the SLA's own
 *   250 attempts a seller a week do. 250 × 208 = 52.000 < 56.016; ⌊52.000 ÷ 9.336⌋ = 5 attempts fit;
 *   ⌈56.016 ÷ (52 × 250)⌉ = ⌈4,31⌉ = 5 sellers. At 3 attempts: ⌈28.008 ÷ 208⌉ = ⌈134,7⌉ = 135.
 */

const SHOTS = process.env['SAMSPIL_SHOTS'];
const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

async function openStep(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: /Workshop steps|Workshoppens trin/ }).getByRole('button', { name: title }).click();
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
}

test('the SLA follows the shared goal, shows the evidence for the response time, and the cadence exports as a calendar', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'New workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workspace' });
  await dialog.getByLabel('Workspace name').fill('Alignment day');
  await dialog.getByLabel('Client company').fill('Havbrise Software ApS');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/#\/w\//);
  const workspaceId = workspaceIdOf(page);

  // The SLA's MQLs come from the goal as it stands.
  await openStep(page, /Service level agreement/);
  await expect(page.getByRole('heading', { level: 2, name: 'Service level agreement' })).toBeVisible();
  const figures = page.locator('.sla-figures');
  await expect(figures.getByText('MQLs a month').locator('..')).toContainText('390');
  await expect(figures.getByText('MQLs a week').locator('..')).toContainText('90');

  // Change the goal: the SLA follows.
  await page.getByRole('button', { name: 'Open the shared goal' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Shared goal' })).toBeVisible();
  await page.getByLabel('Revenue target').fill('20,000,000');
  await page.getByLabel('Sellers').fill('4');
  await page.getByLabel('Follow-ups a seller can handle').fill('25');
  await openStep(page, /Service level agreement/);
  await expect(figures.getByText('MQLs a month').locator('..')).toContainText('779');
  await expect(figures.getByText('MQLs a week').locator('..')).toContainText('180');
  await expect(page.getByRole('row', { name: /New business/ })).toContainText('2,668');
  // A new SLA has no agreed attempts a seller can make a week: the check says what it waits for.
  const capacity = page.getByRole('status', { name: 'Can the sellers keep it?' });
  await expect(capacity).toContainText('At 6 attempts a lead, each seller needs to make 270 contact attempts a week. Agree how many one seller can make a week to check it.');
  const perSeller = page.getByLabel('Contact attempts one seller can make a week');
  await perSeller.fill('2.5');
  await expect(perSeller).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('A whole number from 1 to 1000, or empty.')).toBeVisible();
  await perSeller.fill('250');
  await expect(perSeller).not.toHaveAttribute('aria-invalid', 'true');
  await expect(capacity).toContainText('At 6 attempts a lead, each seller needs to make 270 contact attempts a week; each can make only 250.');
  await expect(capacity).toContainText('At most 5 attempts per lead fit, or 5 sellers are needed.');
  // Emptied, the figure is unset again (not refused), and the check waits for it once more.
  await perSeller.fill('');
  await expect(perSeller).not.toHaveAttribute('aria-invalid', 'true');
  await expect(capacity).toContainText('Agree how many one seller can make a week to check it.');
  await perSeller.fill('250');
  await expect(capacity).toContainText('each can make only 250.');

  // Set the response time and read the evidence beside it.
  const evidence = page.getByRole('complementary', { name: 'Why the first hour matters' });
  await expect(evidence).toContainText('Of 2,241 US firms, 37 % answered a web lead within an hour and 23 % never answered; the mean was 42 hours.');
  await expect(evidence).toContainText('Source: Oldroyd, McElheran, Elkington, “The Short Life of Online Sales Leads”, Harvard Business Review, 2011.');
  await expect(evidence).toContainText('Calling after 30 minutes instead of 5 made contact 100× and qualification 21× less likely');
  await expect(evidence).toContainText('Within the hour: what the research argues for.');
  await page.getByLabel('First contact within').fill('4');
  await expect(evidence).toContainText('Later than an hour: the research finds the odds of qualifying a lead several times lower.');
  await page.getByLabel('Unit of the response time').selectOption({ label: 'minutes' });
  await expect(evidence).toContainText('Within 5 minutes: the research’s best case.');
  await expect(page.getByText('The first contact attempt within 4 minutes of the handover')).toBeVisible();
  await shot(page, 'sla-editor-en');

  // Fewer attempts: the capacity check follows.
  await page.getByLabel('Contact attempts per lead (at least)').fill('3');
  await expect(capacity).toContainText('At 3 attempts a lead, each seller needs to make 135 contact attempts a week; each can make 250.');
  expect((await axe(page)).violations, 'SLA editor').toEqual([]);

  // The cadence: a first date for two meetings, then the calendar as a download.
  await openStep(page, /Feedback cadence/);
  await expect(page.getByRole('heading', { level: 2, name: 'Feedback cadence' })).toBeVisible();
  const daily = page.getByRole('group', { name: 'Daily lead check', exact: true });
  await daily.getByLabel('First date').fill('2027-01-18');
  await expect(daily).toContainText('Every working day · next: 18 January 2027, 19 January 2027, 20 January 2027, 08:45–08:55');
  await expect(daily.getByRole('list', { name: 'Missing in “Daily lead check”' })).toContainText('Invite the attendees.');
  const weekly = page.getByRole('group', { name: 'Weekly lead review', exact: true });
  await weekly.getByLabel('First date').fill('2027-01-14');
  await expect(weekly).toContainText('Weekly on Tuesdays · next: 19 January 2027');
  expect((await axe(page)).violations, 'cadence editor').toEqual([]);
  await shot(page, 'cadence-editor-en');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all meetings (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('havbrise-software-aps-feedback-cadence.ics');
  const text = await readFile((await download.path())!, 'utf8');
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events.map((e) => e.getFirstPropertyValue('summary'))).toEqual(['Daily lead check', 'Weekly lead review']);
  expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([`daily-check.${workspaceId}@samspil`, `weekly-review.${workspaceId}@samspil`]);
  expect(events[1]!.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Copenhagen');
  expect(String(events[1]!.getFirstPropertyValue('dtstart'))).toBe('2027-01-19T09:00:00');
  expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Europe/Copenhagen');

  // Editing a meeting and exporting again: the same UID with a higher SEQUENCE.
  const before = Number(events[1]!.getFirstPropertyValue('sequence'));
  await weekly.getByLabel('Time').fill('10:00');
  const again = page.waitForEvent('download');
  await weekly.getByRole('button', { name: 'Export “Weekly lead review” (.ics)' }).click();
  const one = new ICAL.Component(ICAL.parse(await readFile((await (await again).path())!, 'utf8'))).getAllSubcomponents('vevent');
  expect(one.map((e) => e.getFirstPropertyValue('uid'))).toEqual([`weekly-review.${workspaceId}@samspil`]);
  expect(Number(one[0]!.getFirstPropertyValue('sequence'))).toBeGreaterThan(before);
  expect(String(one[0]!.getFirstPropertyValue('dtstart'))).toBe('2027-01-19T10:00:00');
});

for (const language of ['en', 'da'] as const) {
  test.describe(`the ${language === 'da' ? 'Danish' : 'English'} sample`, () => {
    test.use({ locale: language === 'da' ? 'da-DK' : 'en-GB' });

    test('on the projector and in the playbook, with axe finding nothing', async ({ page, host }) => {
      // Axe on the whole paged playbook takes a while on a shared machine.
      test.setTimeout(240_000);
      const da = language === 'da';
      await openApp(page, host);
      await page.getByRole('listitem', { name: da ? SAMPLE_DA : SAMPLE_EN }).getByRole('button', { name: da ? 'Åbn' : 'Open' }).click();
      await expect(page).toHaveURL(/#\/w\//);
      const workspaceId = workspaceIdOf(page);
      const slaTitle = da ? 'Serviceaftale (SLA)' : 'Service level agreement';
      const cadenceTitle = da ? 'Feedbackrytme' : 'Feedback cadence';

      await openStep(page, new RegExp(slaTitle.replace(/[()]/g, '\\$&')));
      await expect(page.getByRole('heading', { level: 2, name: slaTitle })).toBeVisible();
      expect((await axe(page)).violations, 'SLA editor').toEqual([]);
      await shot(page, `sla-sample-editor-${language}`);

      // The projector, at 1280×720: two columns with the numbers large, nothing scrolls.
      const presenter = await page.context().newPage();
      await presenter.setViewportSize({ width: 1280, height: 720 });
      await presenter.goto(`${host.url}#/present/${workspaceId}`);
      await expect(presenter.getByRole('heading', { level: 1, name: slaTitle })).toBeVisible();
      await expect(presenter.getByRole('heading', { level: 2, name: da ? 'Marketing forpligter sig til' : 'Marketing commits' })).toBeVisible();
      await expect(presenter.locator('.sla-present__side--marketing .sla-present__number')).toHaveText('192');
      await expect(presenter.locator('.sla-present__side--sales .sla-present__number')).toHaveText(da ? '1 time' : '1 hour');
      // The agreed attempts a seller can make a week, and the capacity check that passes on them.
      await expect(presenter.locator('.sla-present__terms')).toContainText(da ? 'Én sælger kan nå50 forsøg om ugen' : 'One seller can make50 attempts a week');
      await expect(presenter.locator('.sla-present__capacity')).toHaveText(
        da ? 'Med 6 forsøg pr. lead skal hver sælger lave 44 kontaktforsøg om ugen; hver kan lave 50.' : 'At 6 attempts a lead, each seller needs to make 44 contact attempts a week; each can make 50.',
      );
      await expect(presenter.getByRole('button')).toHaveCount(0);
      expect(await presenter.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight && document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect((await axe(presenter)).violations, 'SLA presenter').toEqual([]);
      await shot(presenter, `sla-presenter-${language}`);

      await openStep(page, new RegExp(cadenceTitle));
      await expect(page.getByRole('heading', { level: 2, name: cadenceTitle })).toBeVisible();
      expect((await axe(page)).violations, 'cadence editor').toEqual([]);
      await expect(presenter.getByRole('heading', { level: 1, name: cadenceTitle })).toBeVisible();
      await expect(presenter.getByRole('heading', { level: 2, name: da ? 'En uge' : 'A week' })).toBeVisible();
      await expect(presenter.getByRole('heading', { level: 2, name: da ? 'Året 2027' : 'The year 2027' })).toBeVisible();
      expect(await presenter.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
      expect((await axe(presenter)).violations, 'cadence presenter').toEqual([]);
      await shot(presenter, `cadence-presenter-${language}`);
      await presenter.close();

      // The playbook: both sections, in the workspace's language.
      await page.goto(`${host.url}#/playbook/${workspaceId}`);
      await expect(page.getByRole('heading', { level: 2, name: slaTitle })).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('heading', { level: 2, name: cadenceTitle })).toBeVisible();
      await expect(page.getByText(da ? 'Kilde: Oldroyd, McElheran, Elkington' : 'Source: Oldroyd, McElheran, Elkington').first()).toBeVisible();
      await expect(page.getByRole('heading', { level: 3, name: da ? 'Ugentlig leadgennemgang' : 'Weekly lead review' })).toBeVisible();
      await expect(page.locator('.pb-page .sla-playbook p', { hasText: da ? 'hver kan lave 50.' : 'each can make 50.' })).toBeVisible();
      expect((await axe(page)).violations, 'playbook').toEqual([]);
      await page.getByRole('heading', { level: 2, name: slaTitle }).evaluate((element) => element.scrollIntoView());
      await shot(page, `playbook-sla-${language}`);
    });
  });
}
