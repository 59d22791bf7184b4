import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pdfText } from '../playbook/pdf-tools';
import { expect, openApp, test } from './fixtures';
import { createWorkspace, readWorkspaceFile, SAMPLE_EN, workspaceIdOf } from './helpers';

/**
 * The "Attribution" step as a new user works it: a journey built by keyboard, the half-life
 * changed and time decay following, a touch moved by keyboard and back by mouse, a model chosen,
 * everything kept after a reload; the presenter follows; axe finds nothing; the playbook prints
 * the step in Danish and in English.
 *
 * The journey typed in, worked by hand (deal value 100,000; one week between the first three
 * touches, two weeks to the order):
 *   1. Blog article, marketing, 1 Jan 2027, the lead is created here (28 days before the close)
 *   2. E-mail sequence, marketing, 8 Jan (21 days)
 *   3. Sales meeting, sales, 15 Jan, the deal is created here (14 days)
 *   4. Order, sales, 29 Jan (0 days)
 *   Time decay, half-life 7: 2^-4, 2^-3, 2^-2, 1 = 1/16, 2/16, 4/16, 16/16 → ÷ 23/16: 1/23, 2/23, 4/23,
 *     16/23 = 4.35 %, 8.70 %, 17.39 %, 69.57 %; in tenths 43.5, 87.0, 173.9, 695.7 → 4.3, 8.7, 17.4, 69.6.
 *   Half-life 14: 2^-2, 2^-1.5, 2^-1, 1 = 0.25, 0.3536, 0.5, 1 (sum 2.1036) → 11.88 %, 16.81 %, 23.77 %,
 *     47.54 %; in tenths the two spare go to ,85 and ,69: 11.9, 16.8, 23.8, 47.5.
 *   W-shaped: touch 1 is first touch and lead creation (30 + 30), touch 3 the deal (30), touches 2 and
 *     4 share 10: 60, 5, 30, 5. Marketing 65 % = DKK 65,000.
 */

const root = resolve(import.meta.dirname, '..', '..');

async function openStep(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('button', { name: title }).click();
}

/** The percent cells of a touch's row in the table "Credit per touch under each model". */
function creditRow(page: Page, rowHeader: string): Locator {
  const table = page.getByRole('table', { name: 'Credit per touch under each model' });
  return table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: rowHeader, exact: true }) }).getByRole('cell');
}
const timeDecayCells = async (page: Page, rows: string[]) => Promise.all(rows.map(async (row) => (await creditRow(page, row).nth(6).textContent())?.trim()));

/** Adds a touch by keyboard: Enter on "Add a touch"; focus lands in its date; the rest by Tab. */
async function addTouchByKeyboard(page: Page, touch: { date: string; channel: string; effort: string }) {
  await page.getByRole('button', { name: 'Add a touch' }).focus();
  await page.keyboard.press('Enter');
  const date = page.locator(':focus');
  await expect(date).toHaveAttribute('type', 'date');
  await date.fill(touch.date);
  await page.keyboard.press('Tab'); // the date input's own segments are skipped by fill; Tab leaves it
  // Chromium's date input keeps focus inside its segments for a few Tabs: go to the channel by label.
  const group = page.getByRole('group', { name: /^Touch \d+:/ }).last();
  await group.getByLabel('Channel').focus();
  await page.keyboard.type(touch.channel);
  await page.keyboard.press('Tab');
  await expect(group.getByLabel('Whose effort')).toBeFocused();
  await page.keyboard.type(touch.effort);
}

test('a new user builds a journey by keyboard, changes the half-life, reorders, chooses a model, reloads; the presenter follows', async ({ page, host }) => {
  await openApp(page, host);
  const workspaceId = await createWorkspace(page, 'Attribution day', 'Havbrise Software ApS');
  await openStep(page, /Attribution/);
  await expect(page.getByRole('heading', { level: 2, name: 'Attribution' })).toBeVisible();

  await page.getByLabel('Name of the journey').focus();
  await page.keyboard.type('Vejle School');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Deal value')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('100,000');

  await addTouchByKeyboard(page, { date: '2027-01-01', channel: 'Blog', effort: 'Marketing' });
  await addTouchByKeyboard(page, { date: '2027-01-08', channel: 'E-mail', effort: 'Marketing' });
  await addTouchByKeyboard(page, { date: '2027-01-15', channel: 'Sales meeting', effort: 'Sales' });
  await addTouchByKeyboard(page, { date: '2027-01-29', channel: 'Order', effort: 'Sales' });
  const touch = (n: number) => page.getByRole('group', { name: new RegExp(`^Touch ${n}:`) });
  await expect(touch(1)).toHaveAccessibleName('Touch 1: Blog article');
  await expect(touch(4)).toHaveAccessibleName('Touch 4: Order');
  // The marks, by keyboard: focus the radio, Space.
  await touch(1).getByRole('radio', { name: 'The lead was created here' }).focus();
  await page.keyboard.press('Space');
  await touch(3).getByRole('radio', { name: 'The deal was created here' }).focus();
  await page.keyboard.press('Space');
  await expect(touch(3).getByRole('radio', { name: 'The deal was created here' })).toBeChecked();

  const rows = ['1. Blog article', '2. E-mail sequence', '3. Sales meeting', '4. Order'];
  await expect.poll(() => timeDecayCells(page, rows)).toEqual(['4.3%', '8.7%', '17.4%', '69.6%']);
  // The half-life: 14 days, and time decay follows.
  const halfLife = page.getByLabel("Time decay's half-life");
  await halfLife.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('14');
  await expect.poll(() => timeDecayCells(page, rows)).toEqual(['11.9%', '16.8%', '23.8%', '47.5%']);

  // Reorder: Alt+↑ moves the e-mail above the blog article, focus stays on it; the mouse moves it back.
  await touch(2).getByLabel('Channel').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(touch(1)).toHaveAccessibleName('Touch 1: E-mail sequence');
  await expect(touch(1).getByLabel('Channel')).toBeFocused();
  await page.getByRole('button', { name: 'Move touch 1 down' }).click();
  await expect(touch(1)).toHaveAccessibleName('Touch 1: Blog article');

  // The model: W-shaped, by keyboard.
  await page.getByRole('radio', { name: /^W-shaped/ }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: /^W-shaped/ })).toBeChecked();
  await expect(creditRow(page, '1. Blog article').nth(4)).toHaveText('60.0%');
  await expect(creditRow(page, '2. E-mail sequence').nth(4)).toHaveText('5.0%');
  await expect(page.getByRole('img', { name: 'Credit per team under each model: Vejle School' })).toBeVisible();

  // Saved, on disk, and the same after a reload.
  type OnDisk = { steps: { attribution: { halfLifeDays: number; model: string; journeys: { dealValue: number; touches: { channel: string }[]; leadCreationTouchId: string }[] } } };
  await expect.poll(async () => ((await readWorkspaceFile(host, workspaceId)) as unknown as OnDisk).steps.attribution.model).toBe('wShaped');
  const onDisk = ((await readWorkspaceFile(host, workspaceId)) as unknown as OnDisk).steps.attribution;
  expect(onDisk.halfLifeDays).toBe(14);
  expect(onDisk.journeys[0]!.dealValue).toBe(100_000);
  expect(onDisk.journeys[0]!.touches.map((t) => t.channel)).toEqual(['blogArticle', 'emailSequence', 'salesMeeting', 'order']);
  await page.screenshot({ path: join(tmpdir(), 'attribution-editor.png'), fullPage: true });
  await page.reload();
  await expect(page.getByLabel("Time decay's half-life")).toHaveValue('14');
  await expect(page.getByRole('radio', { name: /^W-shaped/ })).toBeChecked();
  await expect.poll(() => timeDecayCells(page, rows)).toEqual(['11.9%', '16.8%', '23.8%', '47.5%']);

  // The presenter follows: the timeline, the bars, marketing's share under the chosen model; and
  // when the facilitator picks another model, the projector changes with it.
  const presenter = await page.context().newPage();
  await presenter.setViewportSize({ width: 1280, height: 720 });
  await presenter.goto(`${host.url}#/present/${workspaceId}`);
  await expect(presenter.getByRole('heading', { level: 1, name: 'Attribution' })).toBeVisible();
  await expect(presenter.getByRole('img', { name: 'Credit per team under each model: Vejle School' })).toBeVisible();
  await expect(presenter.getByText("Marketing's share under W-shaped: 65% · DKK 65,000")).toBeVisible();
  await expect(presenter.getByRole('listitem').filter({ hasText: 'Sales meeting' })).toContainText('Deal created');
  await presenter.screenshot({ path: join(tmpdir(), 'attribution-presenter.png') });
  // Linear: marketing has touches 1 and 2 of 4, so 50 % = DKK 50,000.
  await page.getByRole('radio', { name: /^Linear/ }).check();
  await expect(presenter.getByText("Marketing's share under Linear: 50% · DKK 50,000")).toBeVisible();
  await expect
    .poll(() =>
      presenter.evaluate(() => {
        const root = document.querySelector('.presenter')!;
        return { y: root.scrollHeight - root.clientHeight, x: root.scrollWidth - root.clientWidth };
      }),
    )
    .toEqual({ x: 0, y: 0 });
  expect((await new AxeBuilder({ page: presenter }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag2aaa']).analyze()).violations).toEqual([]);
});

test('axe finds nothing on the sample’s attribution editor, light and dark, nor on its presenter', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, host);
  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  await openStep(page, /Attribution/);
  await expect(page.getByRole('img', { name: /^Credit per team under each model: Hedensted School/ })).toBeVisible();
  const workspaceId = workspaceIdOf(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations, colorScheme).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: join(tmpdir(), 'attribution-sample-editor.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${host.url}#/present/${workspaceId}`);
  await expect(page.getByText("Marketing's share under W-shaped: 34% · DKK 165,410")).toBeVisible();
  await page.screenshot({ path: join(tmpdir(), 'attribution-sample-presenter.png') });
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag2aaa']).analyze()).violations).toEqual([]);
});

test('the playbook prints the attribution section in Danish and in English', async () => {
  test.setTimeout(240_000);
  const work = mkdtempSync(join(tmpdir(), 'samspil-attribution-'));
  try {
    const expected = {
      da: ['Attribution: hvad marketing krediteres for', 'Kunderejse: Hedensted Skole: nyt ventilationsanlæg', 'W-formet (valgt)', '165.410 kr.', 'Sofie Lærke Andersen', 'Tidsforfald', 'Hele forløbet'],
      en: ['Attribution: what marketing is credited with', 'Journey: Hedensted School: a new ventilation system', 'W-shaped (chosen)', 'DKK 165,410', 'Sofie Lærke Andersen', 'Time decay', 'Full path'],
    };
    for (const language of ['da', 'en'] as const) {
      const input = join(work, `nordvind.${language}.json`);
      writeFileSync(input, readFileSync(join(root, 'resources', 'samples', `nordvind.${language}.json`)));
      const output = join(work, `playbook.${language}.pdf`);
      const markdown = join(work, `playbook.${language}.md`);
      const run = spawnSync('npm', ['run', '--silent', 'playbook:pdf', '--', input, output, '--markdown', markdown], { cwd: root, encoding: 'utf8', timeout: 180_000 });
      expect(run.status, run.stderr).toBe(0);
      const text = pdfText(output).replace(/\s+/g, ' ');
      for (const phrase of expected[language]) expect(text, `${language}: ${phrase}`).toContain(phrase);
      const md = readFileSync(markdown, 'utf8').replace(/\u00a0/g, ' ');
      for (const phrase of expected[language]) expect(md, `${language} markdown: ${phrase}`).toContain(phrase);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
