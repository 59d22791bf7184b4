// The playbook as a client receives it: the enriched sample workshop printed with
// `npm run playbook:pdf` (the browser host and Chromium, the app's print options), then read back
// with poppler-utils as a person would check it: paper and page count, embedded fonts, the text
// (section titles, client, æ ø å, the funnel's numbers in the locale, "Side 1 af N"), the outline,
// and every page number of the contents against the page the section really starts on. The
// Markdown export must hold the same numbers. The first pages are kept as PNGs for the README.
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Language, Workspace } from '../../src/contract/workspace';
import { computeFunnel } from '../../src/domain/funnel';
import type { FunnelInput } from '../../src/domain/funnel-schema';
import { contentsEntries, pdfFonts, pdfInfo, pdfOutline, pdfText } from '../playbook/pdf-tools';
import { openApp, test as hostTest } from './fixtures';
import { SAMPLE_EN, workspaceIdOf } from './helpers';
import { writeEnrichedSample } from '../playbook/sample';
import { readmePicture } from './readme-pictures';

const root = resolve(import.meta.dirname, '..', '..');
let work: string;

test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'samspil-playbook-'));
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run playbook:pdf -- IN OUT ...args`, as a person runs it. */
function playbookPdf(args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'playbook:pdf', '--', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' }, timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const normalise = (text: string) => text.replace(/\s+/g, ' ');

/** The funnel's counts (every stage, total and per sales type, for the period) in the locale. */
function funnelNumbers(workspace: Workspace): string[] {
  const outcome = computeFunnel(workspace.steps['sharedGoal'] as FunnelInput);
  if (!outcome.ok) throw new Error('the sample goal does not compute');
  const format = new Intl.NumberFormat(workspace.language === 'da' ? 'da-DK' : 'en-GB');
  const counts = [...outcome.data.total.stages, ...outcome.data.salesTypes.flatMap((type) => type.stages)].map((stage) => stage.period);
  return [...new Set(counts.map((count) => format.format(count)))];
}

interface Case {
  language: Language;
  paper: 'A4' | 'Letter';
  args: string[];
  sizeName: RegExp;
  pageLabel: (page: number, total: number) => string;
  sample: string;
  notes: boolean;
}

const cases: Case[] = [
  { language: 'da', paper: 'A4', args: [], sizeName: /\(A4\)/, pageLabel: (p, n) => `Side ${p} af ${n}`, sample: '7.695', notes: false },
  {
    language: 'en',
    paper: 'Letter',
    args: ['--paper', 'Letter', '--notes', '--cards', 'full'],
    sizeName: /\(letter\)/i,
    pageLabel: (p, n) => `Page ${p} of ${n}`,
    sample: '7,695',
    notes: true,
  },
];

for (const c of cases) {
  test(`the ${c.language === 'da' ? 'Danish' : 'English'} sample's playbook on ${c.paper} is complete, correct and numbered`, async () => {
    test.setTimeout(180_000);
    const input = join(work, `nordvind.${c.language}.json`);
    const output = join(work, `playbook.${c.language}.pdf`);
    const workspace = writeEnrichedSample(c.language, input);
    const markdownFile = join(work, `playbook.${c.language}.md`);
    const run = playbookPdf([input, output, ...c.args, '--markdown', markdownFile]);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(output)).toBe(true);

    const info = pdfInfo(output);
    expect(info.pageSize).toMatch(c.sizeName);
    expect(info.pages).toBeGreaterThanOrEqual(8);
    expect(info.pages).toBeLessThanOrEqual(60);
    expect(info.tagged).toBe(true);
    expect(run.stdout).toContain(`${info.pages}`);

    const fonts = pdfFonts(output);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    expect(fonts.some((font) => /SourceSans3/.test(font.name))).toBe(true);

    const text = normalise(pdfText(output));
    // Page 2 is the executive summary; the contents follow it.
    expect(normalise(pdfText(output, 2))).toContain(c.language === 'da' ? 'Resumé for ledelsen' : 'Executive summary');
    const contents = contentsEntries(pdfText(output, 3));
    expect(contents.length).toBeGreaterThanOrEqual(5);
    for (const entry of contents) expect(text).toContain(entry.title);
    for (const word of ['Nordvind Ventilation A/S', c.pageLabel(1, info.pages), c.pageLabel(info.pages, info.pages), c.sample]) expect(text).toContain(word);
    if (c.language === 'da') for (const letter of ['æ', 'ø', 'å', 'Ø']) expect(text).toContain(letter);
    for (const number of funnelNumbers(workspace)) expect(text, `the funnel count ${number}`).toContain(number);
    // Participants, by name, on the cover; the last page is the sign-off (the actions step's own
    // when it is on the agenda: its signatories represent the teams).
    const participants = (workspace.steps['setup'] as { participants: { name: string }[] }).participants;
    expect(participants.length).toBeGreaterThanOrEqual(8);
    for (const person of participants) expect(normalise(pdfText(output, 1))).toContain(person.name);
    expect(normalise(pdfText(output, info.pages))).toContain(c.language === 'da' ? 'Underskrift' : 'Sign-off');
    // The notes' heading is set in small capitals (text-transform), so it reads back upper-case.
    if (c.notes) expect(text.toLowerCase()).toContain(c.language === 'en' ? 'facilitator notes' : 'facilitatorens noter');

    // The outline: an entry per section, pointing at the page the contents name.
    const outline = pdfOutline(output);
    for (const entry of contents) {
      const bookmark = outline.find((item) => item.title === entry.title);
      expect(bookmark, `an outline entry for ${entry.title}`).toBeDefined();
      expect(bookmark!.page).toBe(entry.page);
    }

    // Every page number in the contents is the page where that section starts: its title is the
    // first thing under the running header there, and on no earlier page.
    for (const entry of contents) {
      const lines = pdfText(output, entry.page).split('\n').map((line) => line.trim()).filter(Boolean);
      expect(lines.slice(0, 4), `page ${entry.page} starts "${entry.title}"`).toContain(entry.title);
      const before = normalise(pdfText(output, entry.page - 1)).split(c.pageLabel(entry.page - 1, info.pages))[0]!;
      expect(before.trim().startsWith(entry.title), `"${entry.title}" does not start on page ${entry.page - 1}`).toBe(false);
    }

    // The Markdown export says the same numbers.
    const markdown = readFileSync(markdownFile, 'utf8');
    for (const number of funnelNumbers(workspace)) expect(markdown, `the Markdown holds ${number}`).toContain(number);
    for (const entry of contents.slice(-2)) expect(markdown).toContain(entry.title);
    expect(markdown).toContain('Nordvind Ventilation A/S');

    if (c.language === 'da') {
      // The README's pictures (only with the screenshots script): the cover (1), and the contents (2, from the PDF's page 3).
      for (const [picture, page] of [[1, 1], [2, 3]] as const) {
        const prefix = join(work, `page-${page}`);
        const made = spawnSync('pdftoppm', ['-png', '-r', '80', '-singlefile', '-f', String(page), '-l', String(page), output, prefix]);
        expect(made.status).toBe(0);
        copyFileSync(`${prefix}.png`, readmePicture(`playbook-${picture}.png`));
      }
    }
  });
}

test('a damaged or too new workspace file, or a page not ready in time, gets a clear error and no PDF', async () => {
  test.setTimeout(60_000);
  const damaged = join(work, 'damaged.json');
  writeFileSync(damaged, '{"schemaVersion": 3, "id": "x", "name": ');
  const tooNew = join(work, 'too-new.json');
  writeFileSync(tooNew, JSON.stringify({ ...JSON.parse(JSON.stringify(writeEnrichedSample('en', join(work, 'base.json')))), schemaVersion: 99 }));
  for (const [file, message] of [
    [damaged, /is not a workspace file Samspil can import/],
    [tooNew, /newer version of Samspil \(format 99/],
  ] as const) {
    const output = join(work, 'never.pdf');
    const run = playbookPdf([file, output]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(existsSync(output)).toBe(false);
  }
  // A page that is not laid out in time: a clear error, and no PDF either.
  const slow = playbookPdf([join(work, 'base.json'), join(work, 'never.pdf'), '--timeout', '0.05']);
  expect(slow.status).toBe(1);
  expect(slow.stderr).toMatch(/was not ready to print within 0\.1 seconds/);
  expect(existsSync(join(work, 'never.pdf'))).toBe(false);
  const usage = playbookPdf(['only-one.json']);
  expect(usage.status).toBe(2);
  expect(usage.stderr).toContain('Usage: npm run playbook:pdf');
});

test.describe('in the browser host', () => {
  hostTest('the preview shows the pages, follows its options, prints the print route and downloads the Markdown', async ({ page, host, context }) => {
    test.setTimeout(90_000);
    await openApp(page, host);
    await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
    const workspaceId = workspaceIdOf(page);
    await page.getByRole('link', { name: 'Playbook' }).click();
    await expect(page).toHaveURL(new RegExp(`#/playbook/${workspaceId}$`));
    const status = page.getByRole('status').filter({ hasText: /pages?$/ });
    await expect(status).toHaveText(/^\d+ pages$/);
    const pages = page.locator('.pb-pages .pb-page');
    const count = await pages.count();
    expect(count).toBeGreaterThanOrEqual(5);
    await expect(pages.first()).toContainText('Nordvind Ventilation A/S');
    await expect(pages.last()).toContainText(`Page ${count} of ${count}`);
    // One level-one heading on the page: the app's name in the header. The cover's title (the
    // document's h1 when printed) is a level below it here.
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samspil');
    await expect(pages.first().getByRole('heading', { level: 2, name: 'Nordvind Ventilation A/S' })).toBeVisible();
    // The contents' page numbers are the pages the sections start on.
    for (const entry of await pages.nth(2).locator('.pb-toc__entry').all()) {
      const title = (await entry.locator('.pb-toc__title').textContent())!.trim();
      const number = Number(await entry.locator('.pb-toc__page').textContent());
      await expect(pages.nth(number - 1).locator('h2').first()).toHaveText(title);
    }
    // Letter paper: the page boxes change size.
    const a4Height = (await pages.first().boundingBox())!.height;
    await page.getByLabel('Paper').selectOption('Letter');
    await expect.poll(async () => (await page.locator('.pb-pages .pb-page').first().boundingBox())!.height).toBeLessThan(a4Height - 20);
    await page.getByLabel('Include facilitator notes').check();
    await expect(status).toHaveText(/^\d+ pages$/);

    // PDF: the print route in a new tab, which opens the browser's print dialog itself.
    const [printTab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Export playbook (PDF)' }).click()]);
    await expect(printTab).toHaveURL(new RegExp(`#/print/${workspaceId}\\?paper=Letter&notes=1&cards=themes&autoprint=1$`));
    await expect(printTab.locator('html')).toHaveAttribute('data-playbook-ready', 'true');
    await expect(printTab.locator('.pb-page--letter').first()).toBeVisible();
    // Printed, the playbook is the page: the cover's title is its one h1 (the PDF's title and outline).
    await expect(printTab.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(printTab.getByRole('heading', { level: 1 })).toHaveText('Nordvind Ventilation A/S');
    await printTab.close();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as Markdown' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Nordvind Ventilation A-S – playbook – \d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toContain('# Nordvind Ventilation A/S');
    expect(markdown).toContain('## Sign-off');
  });
});
