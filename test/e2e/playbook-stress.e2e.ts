// The playbook under stress (issue 17): six sales types with counts of eight digits, a year of
// months, 11 sellers, and 9 or 40 participants, printed in A4 and Letter, Danish and English,
// with `npm run playbook:pdf` (the browser host and Chromium; `--layout-report` says how the pages
// were laid out). Each PDF is
// read back as a client would check it: nothing cut (the layout's overflow guard finds nothing, and
// the text of every figure of the plan, computed here by the domain independently of the views, is
// in the PDF), no page left nearly empty by a bad break, no heading stranded at a page's foot, the
// exact paper size, and the document information (title with the client's real name, author,
// creator, the language); the consultant's brand and the document control on the first pages, the
// footer without the workspace's internal name; the cover holding 9 participants and sending 40 to
// an appendix, the sign-off on one page (the generic one, and the actions step's own with 40
// signers: 12 signature blocks and the rest by name); and the notes of a custom agenda item kept
// with --notes.
import { test, expect } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Language, Workspace } from '../../src/contract/workspace';
import { computeFunnel, type FunnelPlan, type StageVolume } from '../../src/domain/funnel';
import type { FunnelInput } from '../../src/domain/funnel-schema';
import { pdfInfo, pdfText } from '../playbook/pdf-tools';
import { STRESS_FIRM, WRAP_UP_NOTES, writeStressWorkspace } from '../playbook/stress';

const root = resolve(import.meta.dirname, '..', '..');
let work: string;

test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'samspil-stress-'));
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

interface LayoutReport {
  pages: number;
  overflow: { page: number; what: string; by: number }[];
  layout: { start: string; filled: number; firstBlock: string; lastBlock: string; widowRows: number }[];
}

/** `npm run playbook:pdf -- IN OUT ...args --layout-report REPORT`, as a person runs it. */
function print(input: string, output: string, args: string[]): LayoutReport {
  const report = `${output}.json`;
  const run = spawnSync('npx', ['tsx', 'scripts/playbook-pdf.ts', input, output, ...args, '--layout-report', report], { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' }, timeout: 120_000 });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(readFileSync(report, 'utf8')) as LayoutReport;
}

/** Every figure of the plan the playbook prints (counts in the locale, a seller's week with two decimals). */
function planFigures(workspace: Workspace): string[] {
  const outcome = computeFunnel(workspace.steps['sharedGoal'] as FunnelInput);
  if (!outcome.ok) throw new Error('the stress goal does not compute');
  const plan: FunnelPlan = outcome.data;
  const locale = workspace.language === 'da' ? 'da-DK' : 'en-GB';
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const two = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const figures = new Set<string>();
  const stage = (volume: StageVolume) => {
    for (const count of [volume.period, volume.perMonth, ...volume.months.map((month) => month.count)]) figures.add(whole.format(count));
    // Per seller: the period, a month and a week; per marketer: the period and a month.
    if (volume.perSeller) for (const value of [whole.format(volume.perSeller.period), whole.format(volume.perSeller.perMonth), two.format(volume.perSeller.perWeek)]) figures.add(value);
    if (volume.perMarketer) for (const value of [whole.format(volume.perMarketer.period), whole.format(volume.perMarketer.perMonth)]) figures.add(value);
  };
  for (const volume of [...plan.total.stages, ...plan.salesTypes.flatMap((type) => type.stages)]) stage(volume);
  for (const month of plan.total.leadCalendar) {
    figures.add(whole.format(month.leads));
    for (const cell of month.bySalesType) if (cell.leads > 0) figures.add(whole.format(cell.leads));
  }
  return [...figures];
}

const PAPER = {
  A4: { size: '595.276 x 841.89 pts (A4)' },
  Letter: { size: '612 x 792 pts (letter)' },
} as const;

const TITLE_DATE: Record<Language, string> = { da: '14. januar 2027', en: '14 January 2027' };
const WORDS = {
  da: { summary: 'Resumé for ledelsen', firm: `Udarbejdet af ${STRESS_FIRM}`, control: ['Dokumentstyring', 'Version', '2.1', 'Endelig', '21. januar 2027', 'Fortroligt: udarbejdet til Nordvind Ventilation A/S'], footer: 'Fortroligt · Version 2.1, endelig', signOffIntro: 'Med vores underskrift aftaler vi', appendix: 'Bilag: deltagere', more: '40 deltagere', stepSignOff: 'Underskrift Version Version 1.0 (udkast)', date: 'Dato:', others: 'Også tiltrådt af de øvrige 28 underskrivere:' },
  en: { summary: 'Executive summary', firm: `Prepared by ${STRESS_FIRM}`, control: ['Document control', 'Version', '2.1', 'Final', '21 January 2027', 'Confidential: prepared for Nordvind Ventilation A/S'], footer: 'Confidential · Version 2.1, final', signOffIntro: 'By signing, we agree to work by this playbook', appendix: 'Appendix: participants', more: '40 participants', stepSignOff: 'Sign-off Version Version 1.0 (draft)', date: 'Date:', others: 'Also agreed by the other 28 signatories:' },
} as const;

for (const language of ['da', 'en'] as const) {
  for (const participants of [9, 40]) {
    test(`the ${language === 'da' ? 'Danish' : 'English'} stress workshop with ${participants} participants prints whole on A4 and Letter`, async () => {
      test.setTimeout(480_000);
      const input = join(work, `stress-${language}-${participants}.json`);
      const workspace = writeStressWorkspace(language, { participants }, input);
      const figures = planFigures(workspace);
      expect(figures.some((figure) => figure.replace(/\D/g, '').length >= 8), 'the stress plan has counts of eight digits').toBe(true);
      for (const paper of ['A4', 'Letter'] as const) {
        const file = join(work, `stress-${language}-${participants}-${paper}.pdf`);
        const printed = print(input, file, ['--paper', paper, '--notes', '--timeout', '180']);
        const where = `${language}, ${participants} participants, ${paper}`;

        // Nothing runs past a page: the guard measured every block.
        expect(printed.overflow, `overflow (${where})`).toEqual([]);
        // Every figure of the plan is in the PDF's text.
        const text = pdfText(file).replace(/\s+/g, ' ');
        const missing = figures.filter((figure) => !text.includes(figure));
        expect(missing, `figures missing from the PDF (${where})`).toEqual([]);

        // No page left nearly empty by a break, no heading left at a page's foot.
        printed.layout.forEach((page, index) => {
          const continued = page.start === 'full';
          const endsRun = index + 1 === printed.layout.length || printed.layout[index + 1]!.start !== 'full';
          if (continued && endsRun) expect(page.filled, `page ${index + 1} is nearly empty (${where})`).toBeGreaterThanOrEqual(0.25);
          expect(page.lastBlock, `page ${index + 1} ends on a heading (${where})`).not.toMatch(/^H[1-6]$/);
        });
        expect(printed.layout.length).toBe(printed.pages);
        // A table never leaves its last row alone on a page under its repeated header.
        const widows = printed.layout.flatMap((page, index) => (page.widowRows > 0 ? [index + 1] : []));
        expect(widows, `pages with a table's last row alone (${where})`).toEqual([]);

        // The paper exactly, and the document information.
        const info = pdfInfo(file);
        expect(info.pageSize).toBe(PAPER[paper].size);
        expect(info.pages).toBe(printed.pages);
        const raw = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
        expect(raw).toMatch(new RegExp(`^Title:\\s+Nordvind Ventilation A/S – Playbook – ${TITLE_DATE[language]}$`, 'm'));
        expect(raw).toMatch(/^Creator:\s+Samspil$/m);
        expect(raw).toMatch(new RegExp(`^Author:\\s+Anne Lykke Mørch, ${STRESS_FIRM.replace(/\./g, '\\.')}$`, 'm'));
        const bytes = readFileSync(file, 'latin1');

        expect(bytes.slice(bytes.lastIndexOf('/Lang'), bytes.lastIndexOf('/Lang') + 10)).toBe(`/Lang (${language})`);

        // The brand, the document control, the footer; the notes of the wrap-up (a custom item).
        const words = WORDS[language];
        const flat = (page: number) => pdfText(file, page).replace(/\s+/g, ' ');
        expect(flat(1)).toContain(words.firm);
        // The executive summary, then the contents with the document control.
        expect(flat(2)).toContain(words.summary);
        for (const word of words.control) expect(flat(3)).toContain(word);
        expect(flat(4)).toContain(words.footer);
        expect(flat(printed.pages)).not.toContain(workspace.name);
        expect(text).toContain(WRAP_UP_NOTES[language]);
        // The cover holds up to 12 participants; more go to an appendix. The sign-off is one page.
        const people = (workspace.steps['setup'] as { participants: { name: string }[] }).participants;
        if (participants <= 12) {
          for (const person of people) expect(flat(1)).toContain(person.name);
          expect(flat(3)).not.toMatch(new RegExp(people.map((person) => person.name).join('|')));
        } else {
          // The label is set in spaced capitals: compared without spaces or case.
          expect(flat(1).replace(/\s/g, '').toLowerCase()).toContain(words.more.replace(/\s/g, '').toLowerCase());
          const appendix = Array.from({ length: 3 }, (_, k) => flat(printed.pages - k)).join(' ');
          expect(appendix).toContain(words.appendix);
          for (const person of people) expect(appendix).toContain(person.name);
        }
        // The generic sign-off page (when no step of the agenda signs off itself) is one page.
        const signOff = Array.from({ length: printed.pages }, (_, k) => k + 1).find((page) => flat(page).includes(words.signOffIntro));
        if (signOff !== undefined) expect(printed.layout[signOff]?.start ?? 'end', `the sign-off on one page (${where})`).not.toBe('full');
        // The actions step's own sign-off page (every participant signs here): one page, at most
        // 12 signature blocks, the teams in turn; with 40, the other 28 are listed there by name.
        const own = Array.from({ length: printed.pages }, (_, k) => k + 1).filter((page) => flat(page).includes(words.stepSignOff));
        expect(own, `the actions step's sign-off page (${where})`).toHaveLength(1);
        expect(printed.layout[own[0]!]?.start ?? 'end', `the actions step's sign-off on one page (${where})`).not.toBe('full');
        const ownText = flat(own[0]!);
        expect(ownText.split(words.date).length - 1, `signature blocks (${where})`).toBe(Math.min(participants, 12));
        if (participants > 12) {
          expect(ownText).toContain(words.others);
          for (const person of people) expect(ownText, `${person.name} on the sign-off page (${where})`).toContain(person.name);
        } else expect(ownText).not.toContain(words.others);
      }
    });
  }
}
