import { z } from 'zod';

/**
 * The playbook's print options, shared by every printer of it: Electron's `printToPDF` (the
 * desktop export), Playwright's `page.pdf` (`npm run playbook:pdf`, the tests, the benchmark) and
 * the print route that both load. One module, so the app and the harness print the same way.
 *
 * The page boxes, margins, running header and footer are drawn by the page itself (the playbook's
 * measured layout, src/renderer/playbook/paginate.ts): the printer's own margins are zero and its
 * header/footer templates are off, so the footer is set in the document's embedded font.
 */

export const paperSchema = z.enum(['A4', 'Letter']);
export type Paper = z.infer<typeof paperSchema>;

export const cardsModeSchema = z.enum(['full', 'themes']);
/** The current-state wall in the playbook: every card, or the themes only. */
export type CardsMode = z.infer<typeof cardsModeSchema>;

export const playbookOptionsSchema = z
  .object({
    paper: paperSchema.default('A4'),
    /** The facilitator's private notes per step: off unless asked for. */
    includeNotes: z.boolean().default(false),
    cards: cardsModeSchema.default('themes'),
  })
  .strict();
export type PlaybookOptions = z.output<typeof playbookOptionsSchema>;

export const DEFAULT_PLAYBOOK_OPTIONS: PlaybookOptions = { paper: 'A4', includeNotes: false, cards: 'themes' };

/** Paper sizes in millimetres (Letter is 8.5 × 11 in). */
export const PAPER_SIZES_MM: Readonly<Record<Paper, { width: number; height: number }>> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

/** The attribute the print route sets on `<html>` once the fonts are in and the pages are laid out. */
export const PLAYBOOK_READY_ATTRIBUTE = 'data-playbook-ready';
/** Set instead of the ready attribute when the page cannot lay out the playbook (the value says why). */
export const PLAYBOOK_ERROR_ATTRIBUTE = 'data-playbook-error';
/** How long a printer waits for the page to signal that it is ready. */
export const PLAYBOOK_READY_TIMEOUT_MS = 60_000;

/**
 * The hash route of the print view, with the options in its query.
 *
 * @example
 * printRoute('nordvind', { paper: 'Letter', includeNotes: true, cards: 'full' });
 * // '#/print/nordvind?paper=Letter&notes=1&cards=full'
 */
export function printRoute(workspaceId: string, options: PlaybookOptions, extra: Record<string, string> = {}): string {
  const query = { paper: options.paper, notes: options.includeNotes ? '1' : '0', cards: options.cards, ...extra };
  const pairs = Object.entries(query).map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  return `#/print/${encodeURIComponent(workspaceId)}?${pairs.join('&')}`;
}

/** The parameters of a query string (`a=1&b=2`, with or without a leading `?`); the first of a name wins. */
export function queryParams(query: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const pair of query.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    const [key = '', value = ''] = pair.split('=');
    try {
      const name = decodeURIComponent(key.replace(/\+/g, ' '));
      if (!(name in params)) params[name] = decodeURIComponent(value.replace(/\+/g, ' '));
    } catch {
      // A malformed escape: that parameter is ignored.
    }
  }
  return params;
}

/**
 * Reads the options from a print route's query; anything missing or unknown falls back to the
 * defaults (a print route is typed by hand as often as it is followed).
 *
 * @example
 * parsePrintQuery('paper=Letter&notes=1'); // { paper: 'Letter', includeNotes: true, cards: 'themes' }
 */
export function parsePrintQuery(query: string): PlaybookOptions {
  const params = queryParams(query);
  const paper = paperSchema.safeParse(params['paper']);
  const cards = cardsModeSchema.safeParse(params['cards']);
  return {
    paper: paper.success ? paper.data : DEFAULT_PLAYBOOK_OPTIONS.paper,
    includeNotes: params['notes'] === '1' || params['notes'] === 'true',
    cards: cards.success ? cards.data : DEFAULT_PLAYBOOK_OPTIONS.cards,
  };
}

const MM_PER_INCH = 25.4;

/**
 * Options for Playwright's `page.pdf` (Chromium): the paper, no printer margins, backgrounds, and
 * a tagged PDF with the document outline from the headings (Chromium writes the outline only for
 * a tagged PDF).
 */
export function playwrightPdfOptions(paper: Paper) {
  const size = PAPER_SIZES_MM[paper];
  return {
    width: `${size.width}mm`,
    height: `${size.height}mm`,
    margin: { top: '0', right: '0', bottom: '0', left: '0' },
    printBackground: true,
    displayHeaderFooter: false,
    preferCSSPageSize: false,
    tagged: true,
    outline: true,
  } as const;
}

/** The same options in the shape of Electron's `webContents.printToPDF`. */
export function electronPdfOptions(paper: Paper) {
  const size = PAPER_SIZES_MM[paper];
  return {
    pageSize: { width: size.width / MM_PER_INCH, height: size.height / MM_PER_INCH },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    printBackground: true,
    displayHeaderFooter: false,
    preferCSSPageSize: false,
    landscape: false,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  } as const;
}

/** Characters a file name may not hold on Windows, macOS or Linux (control characters aside). */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|]+/g;

/**
 * The default name of an exported playbook: `<client> – playbook – <date>.<extension>`, with the
 * workshop's date (or today's) as YYYY-MM-DD and nothing a file system would refuse.
 *
 * @example
 * playbookFileName('Nordvind Ventilation A/S', '2027-01-14', 'pdf');
 * // 'Nordvind Ventilation A-S – playbook – 2027-01-14.pdf'
 */
export function playbookFileName(client: string, date: string, extension: 'pdf' | 'md'): string {
  const printable = Array.from(client, (char) => (char.charCodeAt(0) < 32 ? ' ' : char)).join('');
  const safe = printable.replace(UNSAFE_IN_FILE_NAME, '-').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 120);
  return `${safe || 'Samspil'} – playbook – ${date}.${extension}`;
}
