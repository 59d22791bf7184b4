import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { readWorkspaceFile, SAMPLE_EN, workspaceIdOf } from './helpers';

/**
 * The "Shared goal" step as a facilitator uses it: a goal typed in by hand and read back, its
 * mistakes shown where they are, the workspace's number format, and the projector's view of it.
 *
 * The goal typed in, worked back by hand (rates in %, ⌈…⌉ at every stage):
 *   New business: 6.600.000 ÷ 120.000 = 55 won; Proposal ⌈55 ÷ 0,30⌉ = 184; Meeting 184 ÷ 0,50 = 368;
 *     SQL ⌈368 ÷ 0,60⌉ = 614; MQL 614 ÷ 0,40 = 1535; Lead 1535 ÷ 0,25 = 6140.
 *   Existing customers: 5.400.000 ÷ 40.000 = 135 won; Proposal 135 ÷ 0,50 = 270;
 *     Meeting ⌈270 ÷ 0,70⌉ = ⌈385,7⌉ = 386; SQL ⌈386 ÷ 0,80⌉ = ⌈482,5⌉ = 483; MQL 483 ÷ 0,60 = 805;
 *     Lead 805 ÷ 0,50 = 1610.
 *   Total: Lead 7750, MQL 2340, SQL 1097, Meeting 754, Proposal 454, Won 190.
 *   Leads in the busiest month: ⌈6140 ÷ 12⌉ = 512 and ⌈1610 ÷ 12⌉ = 135; together 647.
 *   Follow-ups (SQL + Meeting) 1097 + 754 = 1851 a year; per seller a week 1851 ÷ (6 × 52) =
 *     5,93… → 5,94 > 5: over capacity; ⌈1851 ÷ (52 × 5)⌉ = ⌈7,12⌉ = 8 sellers needed.
 *   New business per seller: SQL ⌈614 ÷ 6⌉ = 103 a year, ⌈614 ÷ 72⌉ = 9 a month.
 *   Lead arrival: New business's January leads (512) arrive 4 months earlier, in September 2026;
 *     November 2026 gets New business's March (512) and Existing customers' January (135): 647.
 */
const EXPECTED = {
  Lead: ['6,140', '1,610', '7,750'],
  MQL: ['1,535', '805', '2,340'],
  SQL: ['614', '483', '1,097'],
  Meeting: ['368', '386', '754'],
  Proposal: ['184', '270', '454'],
  Won: ['55', '135', '190'],
};

async function openStep(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('button', { name: title }).click();
}

/** The data cells of the row whose header is `stage`, in a table. */
function rowCells(table: Locator, stage: string): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: stage, exact: true }) }).getByRole('cell');
}

async function fillType(page: Page, name: string, values: { share: string; deal: string; cycle: string }): Promise<void> {
  const group = page.getByRole('group', { name, exact: true });
  await group.getByLabel('Share of the target').fill(values.share);
  await group.getByLabel('Average deal size').fill(values.deal);
  await group.getByLabel('Sales cycle').fill(values.cycle);
}

async function fillRates(page: Page, type: string, rates: number[]): Promise<void> {
  const pairs = ['Lead → MQL', 'MQL → SQL', 'SQL → Meeting', 'Meeting → Proposal', 'Proposal → Won'];
  for (const [i, pair] of pairs.entries()) await page.getByLabel(`${pair} for ${type}`).fill(String(rates[i]));
}

test('a new user works a goal with two sales types back through the chain, sees mistakes in place, and keeps it all after a reload', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'New workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workspace' });
  await dialog.getByLabel('Workspace name').fill('Goal day');
  await dialog.getByLabel('Client company').fill('Havbrise Software ApS');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await openStep(page, /Shared goal/);
  await expect(page.getByRole('heading', { level: 2, name: 'Shared goal' })).toBeVisible();
  const workspaceId = workspaceIdOf(page);

  // The target, in the workspace's (English) format; a Danish-looking amount stays in place with its message.
  const target = page.getByLabel('Revenue target');
  await target.fill('12.000.000');
  await expect(target).toHaveValue('12.000.000');
  await expect(target).toHaveAccessibleDescription('Write the amount like 12,000,000 / 12000000.50.');
  await target.fill('12,000,000');
  await expect(target).not.toHaveAttribute('aria-invalid');
  await page.getByLabel('Year', { exact: true }).selectOption('2027');

  // Shares as amounts: switching converts the starting 50 % into money, then the room types its own.
  const newBusiness = page.getByRole('group', { name: 'New business', exact: true });
  const existing = page.getByRole('group', { name: 'Existing customers', exact: true });
  await newBusiness.getByRole('radio', { name: 'Amount' }).check();
  await expect(newBusiness.getByLabel('Share of the target')).toHaveValue('6,000,000');
  await fillType(page, 'New business', { share: '6,600,000', deal: '120,000', cycle: '4' });
  await expect(page.getByText('The shares (DKK 12,600,000) are DKK 600,000 more than the target (DKK 12,000,000).')).toBeVisible();
  await existing.getByRole('radio', { name: 'Amount' }).check();
  await fillType(page, 'Existing customers', { share: '4,350,000', deal: '40,000', cycle: '2' });
  await expect(page.getByText('The shares (DKK 10,950,000) are DKK 1,050,000 short of the target (DKK 12,000,000).')).toBeVisible();
  await expect(page.getByText('1 field above needs attention before the plan can be worked out.')).toBeVisible();
  await existing.getByLabel('Share of the target').fill('5,400,000');
  await expect(page.getByText('The shares add up to the target (DKK 12,000,000).')).toBeVisible();

  // The conversion rates; 120 % is refused where it was typed, and the plan waits for it.
  await fillRates(page, 'New business', [25, 40, 60, 50, 30]);
  await fillRates(page, 'Existing customers', [50, 60, 80, 70, 50]);
  const rate = page.getByLabel('SQL → Meeting for Existing customers');
  await rate.fill('120');
  await expect(rate).toHaveValue('120');
  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  await expect(rate).toHaveAccessibleDescription('A rate must be more than 0% and at most 100%.');
  await expect(page.getByText('1 field above needs attention before the plan can be worked out.')).toBeVisible();
  await rate.fill('80');
  await expect(rate).not.toHaveAttribute('aria-invalid');

  // The team and what a seller can handle.
  await page.getByLabel('Sellers').fill('6');
  await page.getByLabel('Marketers').fill('3');
  await page.getByLabel('Follow-ups a seller can handle').fill('5');

  // The results, as worked out by hand above.
  await expect(page.getByText(/^To reach DKK\s12[mM] in 2027, we need 7,750 leads a year – 646 a month on average, 647 in the busiest month\.$/)).toBeVisible();
  const overview = page.getByRole('table', { name: 'Needed in 2027, per sales type and in total' });
  for (const [stage, cells] of Object.entries(EXPECTED)) await expect(rowCells(overview, stage)).toHaveText(cells);
  await expect(page.getByText('Over capacity: the plan needs 5.94 follow-ups per seller a week (SQL + Meeting: 1,851 over 52 weeks shared by 6 sellers), but a seller can handle 5. It would take 8 sellers.')).toBeVisible();
  await page.getByRole('group', { name: 'Show the chain of' }).getByRole('button', { name: 'New business' }).click();
  const detail = page.getByRole('table', { name: 'New business: each stage for the period, per month and per person' });
  // Rate on, in 2027, per month; per seller in 2027, a month, a week; per marketer in 2027, a month.
  await expect(rowCells(detail, 'SQL')).toHaveText(['60%', '614', '52', '103', '9', '1.97', '205', '18']);
  await expect(page.getByRole('img', { name: /^Funnel: New business/ })).toBeVisible();
  const calendar = page.getByRole('table', { name: /^Leads needed per arrival month/ });
  await expect(rowCells(calendar, 'September 2026')).toHaveText(['512', '–', '512']);
  await expect(rowCells(calendar, 'November 2026')).toHaveText(['512', '135', '647']);

  // Saved, on disk, and the same after a reload.
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  type GoalOnDisk = { targetAmount: number; salesTypes: { share: unknown; conversionRates: Record<string, number> }[]; team: unknown; capacity?: unknown };
  const goalOnDisk = async () => ((await readWorkspaceFile(host, workspaceId)) as unknown as { steps: { sharedGoal: GoalOnDisk } }).steps.sharedGoal;
  // The last edit (the capacity) on disk means every earlier one is too: edits apply in order.
  await expect.poll(async () => (await goalOnDisk()).capacity).toEqual({ followUpsPerSellerPerWeek: 5 });
  const onDisk = await goalOnDisk();
  expect(onDisk.team).toEqual({ sellers: 6, marketers: 3 });
  expect(onDisk.targetAmount).toBe(12_000_000);
  expect(onDisk.salesTypes.map((t) => t.share)).toEqual([
    { kind: 'amount', amount: 6_600_000 },
    { kind: 'amount', amount: 5_400_000 },
  ]);
  expect(onDisk.salesTypes[1]!.conversionRates).toMatchObject({ lead: 50, mql: 60, sql: 80, meeting: 70, proposal: 50 });
  await page.reload();
  await expect(page.getByLabel('Revenue target')).toHaveValue('12,000,000');
  await expect(page.getByRole('group', { name: 'Existing customers', exact: true }).getByLabel('Share of the target')).toHaveValue('5,400,000');
  await expect(page.getByLabel('SQL → Meeting for Existing customers')).toHaveValue('80');
  for (const [stage, cells] of Object.entries(EXPECTED)) await expect(rowCells(overview, stage)).toHaveText(cells);

  // The workspace in Danish: its numbers and money follow (the UI stays English).
  await openStep(page, /Set-up/);
  await page.getByLabel('Playbook language').selectOption('da');
  await openStep(page, /Shared goal/);
  await expect(page.getByLabel('Revenue target')).toHaveValue('12.000.000');
  await expect(page.getByText(/^To reach 12\smio\.\skr\. in 2027, we need 7\.750 leads a year – 646 a month on average, 647 in the busiest month\.$/)).toBeVisible();
  await expect(rowCells(overview, 'Lead')).toHaveText(['6.140', '1.610', '7.750']);
  await expect(overview.getByRole('columnheader', { name: /New business/ })).toHaveText(/6\.600\.000\skr\./);
  // A Danish amount now reads as one.
  await page.getByRole('group', { name: 'New business', exact: true }).getByLabel('Average deal size').fill('120.000');
  await expect(page.getByRole('group', { name: 'New business', exact: true }).getByLabel('Average deal size')).not.toHaveAttribute('aria-invalid');

  // The room sees the funnel and the key numbers, in Danish.
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.goto(`${host.url}#/present/${workspaceId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Fælles mål' })).toBeVisible();
  await expect(page.getByText(/^For at nå 12\smio\.\skr\. i 2027 skal vi have 7\.750 leads om året – 646 om måneden i gennemsnit, 647 i den travleste måned\.$/)).toBeVisible();
  await expect(page.getByRole('img', { name: /^Tragt: I alt/ })).toBeVisible();
  await expect(rowCells(page.getByRole('table'), 'New business')).toHaveText([/6,6\smio\.\skr\./, '512', '55']);
});

test('the presenter shows the sample goal without scrollbars from 1280×720 to 3840×2160, large at 1080p', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  await openStep(page, /Shared goal/);
  await expect(page.getByRole('heading', { level: 2, name: 'Shared goal' })).toBeVisible();
  const workspaceId = workspaceIdOf(page);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.goto(`${host.url}#/present/${workspaceId}`);
  // 7,695 ÷ 12 = 641.25 on average; the busiest month (the months are rounded up) needs 643.
  await expect(page.getByText(/^To reach DKK\s12[mM] in 2027, we need 7,695 leads a year – 641 a month on average, 643 in the busiest month\.$/)).toBeVisible();
  await expect(page.getByRole('img', { name: /^Funnel: Total/ })).toBeVisible();
  await expect(page.getByText('Sellers need 5.69 follow-ups a week but can handle 5: that takes 7 sellers, not 6.')).toBeVisible();
  for (const [width, height] of [
    [1280, 720],
    [1366, 768],
    [1920, 1080],
    [2560, 1440],
    [3840, 2160],
  ] as const) {
    await page.setViewportSize({ width, height });
    // The fit after a resize settles over a few frames: measure until it has.
    const measure = () => page.evaluate(() => {
      const root = document.querySelector('.presenter')!;
      const svg = document.querySelector<SVGSVGElement>('.goal-chart--present')!;
      const box = svg.viewBox.baseVal;
      const rect = svg.getBoundingClientRect();
      const scale = Math.min(rect.width / box.width, rect.height / box.height);
      const svgText = Math.min(...Array.from(svg.querySelectorAll('text')).map((text) => parseFloat(text.getAttribute('font-size') ?? getComputedStyle(svg).fontSize))) * scale;
      const html = Array.from(document.querySelectorAll('.goal-present p, .goal-present th, .goal-present td')).map((el) => parseFloat(getComputedStyle(el).fontSize));
      const inside = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.bottom <= window.innerHeight + 0.5 && r.right <= window.innerWidth + 0.5;
      };
      return {
        overflowY: root.scrollHeight - root.clientHeight,
        overflowX: root.scrollWidth - root.clientWidth,
        pageY: document.documentElement.scrollHeight - window.innerHeight,
        pageX: document.documentElement.scrollWidth - window.innerWidth,
        clipped: Array.from(document.querySelectorAll('.goal-present__headline, .goal-chart--present, .goal-present__types, .goal-present__warning')).filter((el) => !inside(el)).length,
        svgText,
        htmlText: Math.min(...html),
      };
    });
    await expect
      .poll(async () => {
        const { overflowY, overflowX, clipped, pageX, pageY } = await measure();
        return { overflowY, overflowX, clipped, pageX: Math.max(0, pageX), pageY: Math.max(0, pageY) };
      }, { message: `${width}×${height}` })
      .toEqual({ overflowY: 0, overflowX: 0, clipped: 0, pageX: 0, pageY: 0 });
    const size = await measure();
    expect(size, `${width}×${height}`).toMatchObject({ overflowY: 0, overflowX: 0, clipped: 0 });
    expect(size.pageY, `${width}×${height}`).toBeLessThanOrEqual(0);
    expect(size.pageX, `${width}×${height}`).toBeLessThanOrEqual(0);
    if (width === 1920) {
      expect(size.htmlText).toBeGreaterThanOrEqual(28);
      expect(size.svgText).toBeGreaterThanOrEqual(28);
    }
  }
});

test('axe finds nothing on the shared goal, light and dark, with its messages showing, and on the presenter in both themes', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  await openStep(page, /Shared goal/);
  await expect(page.getByRole('heading', { level: 2, name: 'Shared goal' })).toBeVisible();
  const workspaceId = workspaceIdOf(page);
  const axe = (tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']) => new AxeBuilder({ page }).withTags(tags).analyze();
  await expect(page.getByRole('table', { name: 'Needed in 2027, per sales type and in total' })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect((await axe()).violations, `shared goal, ${colorScheme}`).toEqual([]);
  }

  // With mistakes on screen: a share that misses, a rate out of range, text that is no number.
  await page.getByRole('group', { name: 'Service agreements', exact: true }).getByLabel('Share of the target').fill('1,000,000');
  await page.getByLabel('Lead → MQL for New business').fill('140');
  await page.getByLabel('Sellers').fill('six');
  await expect(page.getByText('The shares (DKK 11,950,000) are DKK 50,000 short of the target (DKK 12,000,000).')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect((await axe()).violations, `shared goal with messages, ${colorScheme}`).toEqual([]);
  }
  await page.getByRole('group', { name: 'Service agreements', exact: true }).getByLabel('Share of the target').fill('1,050,000');
  await page.getByLabel('Lead → MQL for New business').fill('25');
  await page.getByLabel('Sellers').fill('6');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  // The projector: AAA contrast (7:1) in the dark theme and the light one.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${host.url}#/present/${workspaceId}`);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(page.getByRole('img', { name: /^Funnel: Total/ })).toBeVisible();
  const presenterTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag2aaa'];
  expect((await axe(presenterTags)).violations, 'presenter, dark').toEqual([]);
  await page.goto(`${host.url}#/w/${workspaceId}`);
  await page.getByLabel('Projector', { exact: true }).selectOption('light');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.goto(`${host.url}#/present/${workspaceId}`);
  await expect(page.locator('.presenter--light')).toBeVisible();
  await expect(page.getByRole('img', { name: /^Funnel: Total/ })).toBeVisible();
  expect((await axe(presenterTags)).violations, 'presenter, light').toEqual([]);
});
