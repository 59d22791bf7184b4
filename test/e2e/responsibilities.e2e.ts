import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { presenterMetrics, readWorkspaceFile, SAMPLE_DA, SAMPLE_EN, workspaceIdOf } from './helpers';

/**
 * The "Responsibilities" step as a facilitator uses it: a RACI matrix of 9 activities by 7 roles
 * filled by keyboard only and by mouse, its findings appearing and going away as the room types,
 * kept after a reload, followed by the projector (which fits 12 by 8 at 1280×720), checked by axe;
 * and the sample's playbook, in English and Danish, printing the matrix and the role cards.
 */

const SHOTS = process.env['SAMSPIL_SHOTS'];
async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: name.startsWith('editor') });
}

async function shotOf(locator: Locator, name: string): Promise<void> {
  if (SHOTS) await locator.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function openResponsibilities(page: Page, title = /Responsibilities/, heading = 'Responsibilities'): Promise<void> {
  await page.getByRole('navigation', { name: /Workshop steps|Workshoppens trin/ }).getByRole('button', { name: title }).click();
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
}

const grid = (page: Page) => page.getByRole('grid', { name: 'The matrix' });
/** A cell by its row and column (ids): the cell's accessible name changes with its letter. */
const cell = (page: Page, activityId: string, roleId: string) => page.locator(`[data-cell="${activityId} ${roleId}"]`);
const findings = (page: Page) => page.getByRole('region', { name: /^Findings/ });

const ROLES = ['marketing', 'sales', 'sales-development', 'sales-manager', 'marketing-manager', 'leadership', 'customer-success'];

/**
 * The 9 × 7 matrix the room agrees (columns: MKT, SLS, SDR, SM, CMO, CEO, CS). No findings: one A
 * and one R per row; marketing does 4 of 9 (2·4 = 8 ≤ 9), no role is A on more than 3 (3·3 = 9 ≤ 9);
 * both sides on the handover and the follow-up; the feedback from sales (R) to marketing (I);
 * every role does or owns something.
 */
const BY_KEYBOARD: [string, string][] = [
  ['lead-generation', 'R...A..'],
  ['qualification', 'R.C.A..'],
  ['handover', 'RI.A...'],
  ['follow-up', 'I.RA...'],
  ['nurturing', 'R....A.'],
];
const BY_MOUSE: [string, string][] = [
  ['content', 'I...R.A'],
  ['closing', '.R.A..C'],
  ['feedback', 'IR...A.'],
  ['reporting', '....A.R'],
];
const CLICKS: Record<string, number> = { R: 1, A: 2, C: 3, I: 4 };
const WORDS: Record<string, string> = { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed', '.': 'empty' };

test('a new user fills a 9×7 matrix by keyboard and by mouse, sees a finding come and go, keeps it after a reload; the presenter follows', async ({ page, host, context }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, host);
  await page.getByRole('button', { name: 'New workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workspace' });
  await dialog.getByLabel('Workspace name').fill('RACI day');
  await dialog.getByLabel('Client company').fill('Havbrise Software ApS');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Set-up' })).toBeVisible();
  const workspaceId = workspaceIdOf(page);
  await openResponsibilities(page);

  // The default matrix: 11 activities by 7 roles, empty, and every gap a finding.
  await expect(grid(page).getByRole('rowheader')).toHaveCount(11);
  await expect(grid(page).getByRole('columnheader', { name: /^SDR/ })).toBeVisible();
  await expect(findings(page).getByRole('heading')).toHaveText('Findings (32)');
  await expect(findings(page)).toContainText('Must fix: Handover of MQLs to sales: no one is accountable. Give the row exactly one A.');
  await shot(page, 'editor-empty');

  // Two rows out (one taken back with Ctrl+Z, then again): 9 activities.
  const activities = page.getByRole('region', { name: /^Activities/ });
  await activities.getByRole('button', { name: 'Remove “Recycling of rejected and stalled leads”' }).click();
  await expect(page.getByRole('status').getByText('Activity “Recycling of rejected and stalled leads” removed.')).toBeVisible();
  await expect(grid(page).getByRole('rowheader')).toHaveCount(10);
  await page.keyboard.press('Control+z');
  await expect(grid(page).getByRole('rowheader', { name: /^Recycling of rejected and stalled leads/ })).toBeVisible();
  await activities.getByRole('button', { name: 'Remove “Recycling of rejected and stalled leads”' }).click();
  await activities.getByRole('button', { name: 'Remove “The CRM’s data quality”' }).click();
  await expect(grid(page).getByRole('rowheader')).toHaveCount(9);

  // By keyboard only: into the grid, then letters, arrows, Home and Down.
  await cell(page, 'lead-generation', 'marketing').focus();
  for (const [, letters] of BY_KEYBOARD) {
    for (const [column, letter] of [...letters].entries()) {
      if (letter !== '.') await page.keyboard.press(letter.toLowerCase());
      if (column < letters.length - 1) await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
  }
  await expect(cell(page, 'content', 'marketing')).toBeFocused();
  await expect(page.getByRole('gridcell', { name: 'Handover of MQLs to sales, Sales manager: Accountable' })).toBeVisible();
  await expect(page.getByRole('gridcell', { name: 'First follow-up within the SLA, Sales development (SDR/BDR): Responsible' })).toBeVisible();
  // Delete clears; End jumps to the row's end.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.press('c');
  await expect(cell(page, 'nurturing', 'customer-success')).toHaveAccessibleName('Nurturing of leads not ready to buy, Customer success: Consulted');
  await page.keyboard.press('Delete');
  await expect(cell(page, 'nurturing', 'customer-success')).toHaveAccessibleName('Nurturing of leads not ready to buy, Customer success: empty');

  // By mouse: a click cycles R → A → C → I → empty.
  for (const [activityId, letters] of BY_MOUSE) {
    for (const [column, letter] of [...letters].entries()) {
      if (letter === '.') continue;
      const target = cell(page, activityId, ROLES[column]!);
      for (let i = 0; i < CLICKS[letter]!; i += 1) {
        await target.click();
        await expect(target).toHaveAccessibleName(new RegExp(`: ${WORDS[[...'RACI'][i]!]}$`));
      }
    }
  }
  await expect(findings(page)).toContainText('No findings: every activity has one accountable and someone who does it.');
  await expect(findings(page).getByRole('heading')).toHaveText('Findings (0)');
  await shot(page, 'editor-filled');

  // A finding appears beside the grid and in it, in words, and goes away again.
  await cell(page, 'closing', 'marketing').focus();
  await page.keyboard.press('a');
  await expect(findings(page)).toContainText('Must fix: Proposals and closing: Marketing and Sales manager are all accountable. Keep exactly one A.');
  await expect(grid(page).getByRole('rowheader', { name: /^Proposals and closing/ })).toContainText('Must fix');
  await shot(page, 'editor-finding');
  await shotOf(page.locator('.raci-editor__matrix'), 'part-matrix-finding');
  await page.keyboard.press('Backspace');
  await expect(findings(page)).toContainText('No findings');
  await expect(grid(page).getByRole('rowheader', { name: /^Proposals and closing/ })).not.toContainText('Must fix');

  // The presenter follows, in a second window.
  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1280, height: 720 });
  await presenter.goto(`${host.url}#/present/${workspaceId}`);
  await expect(presenter.getByRole('heading', { level: 1, name: 'Responsibilities' })).toBeVisible();
  await expect(presenter.getByText('No findings: every activity has one accountable and someone who does it.')).toBeVisible();
  await cell(page, 'feedback', 'marketing').focus();
  await page.keyboard.press('r');
  await expect(presenter.getByText('Marketing does 5 of 9 activities, more than half. Can someone else take some?')).toBeVisible();
  await shot(presenter, 'presenter-finding');
  await page.keyboard.press('i');
  await expect(presenter.getByText('No findings: every activity has one accountable and someone who does it.')).toBeVisible();
  await presenter.close();

  // Saved, and all there after a reload.
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const onDisk = (await readWorkspaceFile(host, workspaceId)) as unknown as { steps: { responsibilities: { cells: Record<string, Record<string, string>>; activities: unknown[] } } };
  expect(onDisk.steps.responsibilities.activities).toHaveLength(9);
  expect(onDisk.steps.responsibilities.cells['handover']).toEqual({ marketing: 'R', sales: 'I', 'sales-manager': 'A' });
  await page.reload();
  await expect(grid(page).getByRole('rowheader')).toHaveCount(9);
  for (const [activityId, letters] of [...BY_KEYBOARD, ...BY_MOUSE]) {
    for (const [column, letter] of [...letters].entries()) {
      await expect(cell(page, activityId, ROLES[column]!)).toHaveAccessibleName(new RegExp(`: ${WORDS[letter]!}$`));
    }
  }
  await expect(findings(page)).toContainText('No findings');
});

test('a dispute is noted, the accountable may do it too, and a role names its holders; axe finds nothing on the editor and the presenter', async ({ page, host }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, host);
  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  const workspaceId = workspaceIdOf(page);
  await openResponsibilities(page);
  // The sample leaves two findings for the room.
  await expect(findings(page).getByRole('heading')).toHaveText('Findings (2)');
  await expect(findings(page)).toContainText('Recycling of rejected and stalled leads: Sales development (SDR/BDR) is accountable, but no one does it.');
  await expect(cell(page, 'recycling', 'marketing')).toHaveAccessibleName('Recycling of rejected and stalled leads, Marketing: Informed, disputed');

  // The selected cell's panel: the dispute's two views, and A/R for the row.
  await cell(page, 'recycling', 'sales-development').focus();
  const panel = page.getByRole('region', { name: 'Recycling of rejected and stalled leads · Sales development (SDR/BDR)' });
  await panel.getByLabel('The accountable for “Recycling of rejected and stalled leads” does it too (A/R)').check();
  await expect(findings(page).getByRole('heading')).toHaveText('Findings (1)');
  await expect(cell(page, 'recycling', 'sales-development')).toHaveAccessibleName('Recycling of rejected and stalled leads, Sales development (SDR/BDR): Accountable and responsible');
  await cell(page, 'handover', 'marketing-manager').focus();
  const handover = page.getByRole('region', { name: 'Handover of MQLs to sales · Marketing manager/CMO' });
  await handover.getByLabel('Disputed: sales and marketing disagree').check();
  await handover.getByLabel('Sales’ view').fill('The CMO should own the handover: marketing knows the lead best.');
  await handover.getByLabel('Marketing’s view').fill('Sales must own it: the lead is theirs once it is qualified.');
  await expect(cell(page, 'handover', 'marketing-manager')).toHaveAccessibleName('Handover of MQLs to sales, Marketing manager/CMO: Consulted, disputed');

  // Holders of a role, picked from the workshop's people.
  const roles = page.getByRole('region', { name: /^Roles/ });
  await roles.getByText('Who holds “Customer success”: nobody yet').click();
  await roles.getByRole('group', { name: 'Who holds “Customer success”' }).getByLabel('Line Bøgh (Key Account Manager)').check();
  await expect(roles.getByText('Who holds “Customer success”: Line Bøgh', { exact: true })).toBeVisible();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await shot(page, 'editor-sample');
  await shotOf(page.locator('.raci-editor__matrix'), 'part-matrix');
  await shotOf(roles, 'part-roles');
  await shotOf(page.getByRole('region', { name: /^Activities/ }), 'part-activities');

  const axe = (tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']) => new AxeBuilder({ page }).withTags(tags).analyze();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect((await axe()).violations, `editor, ${colorScheme}`).toEqual([]);
  }

  // The projector: AAA contrast, dark and light.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${host.url}#/present/${workspaceId}`);
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByRole('heading', { level: 1, name: 'Responsibilities' })).toBeVisible();
  await expect(page.getByText('Customer success is only ever consulted or informed. Is the role needed in the room?')).toBeVisible();
  await shot(page, 'presenter-sample');
  const presenterTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag2aaa'];
  expect((await axe(presenterTags)).violations, 'presenter, dark').toEqual([]);
  await page.goto(`${host.url}#/w/${workspaceId}`);
  await page.getByLabel('Projector', { exact: true }).selectOption('light');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.goto(`${host.url}#/present/${workspaceId}`);
  await expect(page.locator('.presenter--light')).toBeVisible();
  await expect(page.getByText('Customer success is only ever consulted or informed. Is the role needed in the room?')).toBeVisible();
  expect((await axe(presenterTags)).violations, 'presenter, light').toEqual([]);
});

/** The projected matrix's letters: the smallest of them must read from the back of the room. */
const MATRIX_LETTERS = '.present-raci__cell';

test('the projector shows 12 activities by 8 roles without scrollbars from 1280×720, letters large', async ({ page, host }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, host);
  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  const workspaceId = workspaceIdOf(page);
  await openResponsibilities(page);
  const activities = page.getByRole('region', { name: /^Activities/ });
  await activities.getByLabel('New activity', { exact: true }).fill('Trade fair leads followed up within a week');
  await activities.getByLabel('Stage of the new activity').selectOption({ label: 'Hand over and follow up' });
  await activities.getByRole('button', { name: 'Add activity' }).click();
  const roles = page.getByRole('region', { name: /^Roles/ });
  await roles.getByLabel('New role', { exact: true }).fill('Service technicians');
  await roles.getByLabel('Short name', { exact: true }).fill('TECH');
  await roles.getByLabel('Side', { exact: true }).selectOption({ label: 'Other' });
  await roles.getByRole('button', { name: 'Add role' }).click();
  await expect(grid(page).getByRole('rowheader')).toHaveCount(12);
  await expect(grid(page).getByRole('row').first().getByRole('columnheader')).toHaveCount(9);
  // The new row sits in its stage; it moves up with the keyboard, and into the stage above at its top.
  await expect(grid(page).getByRole('rowheader').nth(4)).toHaveText(/^Trade fair leads/);
  await activities.getByRole('button', { name: 'Move “Trade fair leads followed up within a week” up' }).press('Enter');
  await expect(grid(page).getByRole('rowheader').nth(3)).toHaveText(/^Trade fair leads/);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.goto(`${host.url}#/present/${workspaceId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Responsibilities' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  for (const [width, height] of [
    [1280, 720],
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    // No scrollbar, nothing outside the projector's frame (the fit settles over a few frames).
    await expect
      .poll(async () => {
        const { overflowY, overflowX, pageX, pageY, outside } = await presenterMetrics(page, MATRIX_LETTERS);
        return { overflowY, overflowX, pageX, pageY, outside };
      }, { message: `${width}×${height}` })
      .toEqual({ overflowY: 0, overflowX: 0, pageX: 0, pageY: 0, outside: 0 });
    const fit = await presenterMetrics(page, MATRIX_LETTERS);
    if (width === 1280) {
      await shot(page, 'presenter-12x8');
      expect(fit.smallestPx, 'letters readable from the back at 1280×720').toBeGreaterThanOrEqual(16);
    }
    if (width === 1920) expect(fit.smallestPx).toBeGreaterThanOrEqual(26);
  }
  // The legend spells out every abbreviation.
  await expect(page.getByRole('definition').filter({ hasText: 'Service technicians' })).toBeVisible();
});

async function playbookSection(page: Page, title: string): Promise<Locator> {
  await page.getByRole('link', { name: /^Playbook$/ }).click();
  // Laying out some thirty pages takes a while on a busy machine.
  await expect(page.getByRole('status').filter({ hasText: /(pages?|sider?)$/ })).toBeVisible({ timeout: 60_000 });
  const pages = page.locator('.pb-pages .pb-page');
  await expect(pages.locator('h2', { hasText: title })).toBeVisible();
  return pages;
}

test('the English sample’s playbook prints the matrix, the open findings and dispute, and the role cards', async ({ page, host }) => {
  test.setTimeout(90_000);
  await openApp(page, host);
  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  const pages = await playbookSection(page, 'Who does what: the responsibility matrix');
  const matrix = pages.locator('table.raci-playbook__matrix').first();
  await expect(matrix.getByRole('columnheader', { name: 'SDR' })).toBeVisible();
  await expect(matrix.getByRole('row').filter({ hasText: 'Handover of MQLs to sales' })).toHaveText(/Handover of MQLs to salesRIIAC/);
  await expect(matrix.getByRole('row').filter({ hasText: 'Proposals and closing' }).getByRole('cell', { name: 'A/R' })).toBeVisible();
  await expect(pages.getByText('Sales development (SDR/BDR) is accountable, but no one does it', { exact: false })).toBeVisible();
  await expect(pages.getByText('A lead we reject is marketing’s again', { exact: false })).toBeVisible();
  const card = pages.locator('.raci-playbook__card').filter({ has: page.getByRole('heading', { level: 4, name: 'Sales manager (SM)' }) });
  await expect(card).toContainText('Held byJens Østergaard (Sales Director)');
  await expect(card).toContainText('Accountable forHandover of MQLs to sales, First follow-up within the SLA and Feedback on lead quality');
  await expect(pages.locator('.raci-playbook__card')).toHaveCount(7);
  await page.setViewportSize({ width: 1280, height: 800 });
  await pages.locator('h2', { hasText: 'Who does what' }).scrollIntoViewIfNeeded();
  await shot(page, 'playbook-en');
  await pages.locator('.raci-playbook__disputes').first().scrollIntoViewIfNeeded();
  await shot(page, 'playbook-en-cards');
});

test.describe('on a Danish computer', () => {
  test.use({ locale: 'da-DK' });

  test('the Danish sample’s playbook prints the matrix and the role cards in Danish', async ({ page, host }) => {
    test.setTimeout(90_000);
    await openApp(page, host);
    await page.getByRole('listitem', { name: SAMPLE_DA }).getByRole('button', { name: 'Åbn' }).click();
    const pages = await playbookSection(page, 'Hvem gør hvad: ansvarsmatricen');
    const matrix = pages.locator('table.raci-playbook__matrix').first();
    await expect(matrix.getByRole('columnheader', { name: 'SLG' })).toBeVisible();
    await expect(matrix.getByRole('row').filter({ hasText: 'Overdragelse af MQL’er til salg' })).toHaveText(/Overdragelse af MQL’er til salgRIIAC/);
    await expect(pages.getByText('Salgsudvikling (SDR/BDR) er ansvarlig, men ingen udfører den', { exact: false })).toBeVisible();
    const card = pages.locator('.raci-playbook__card').filter({ has: page.getByRole('heading', { level: 4, name: 'Salgschef (SC)' }) });
    await expect(card).toContainText('Varetages afJens Østergaard (Salgsdirektør)');
    await expect(card).toContainText('Ansvarlig forOverdragelse af MQL’er til salg, Første opfølgning inden for SLA’en og Feedback på leadkvalitet');
    await expect(pages.locator('.raci-playbook__card')).toHaveCount(7);
  });
});
