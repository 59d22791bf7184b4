/**
 * Reading a PDF the way a person checks one, with poppler-utils (Debian's `poppler-utils`): the
 * page size and count (pdfinfo), the fonts (pdffonts), the text of a page (pdftotext) and the
 * document outline (pdftohtml -xml, which lists the outline's entries with their pages).
 */
import { execFileSync, spawnSync } from 'node:child_process';

export interface PdfInfo {
  pages: number;
  /** As pdfinfo names it: "595.92 x 841.92 pts (A4)". */
  pageSize: string;
  tagged: boolean;
}

export function pdfInfo(file: string): PdfInfo {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(text)?.[1]?.trim() ?? '';
  return { pages: Number(field('Pages')), pageSize: field('Page size'), tagged: field('Tagged') === 'yes' };
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
  // Columns: name type encoding emb sub uni object ID; the type may hold spaces ("CID TrueType").
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    return { name: columns[0]!, embedded: columns.at(-5) === 'yes' };
  });
}

/** The text of one page (1-based), or of the whole document. */
export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
}

export interface OutlineEntry {
  title: string;
  page: number;
  depth: number;
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');

/** The document outline (bookmarks), flattened in order with each entry's depth and page. */
export function pdfOutline(file: string): OutlineEntry[] {
  const result = spawnSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', '-nodrm', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const xml = result.stdout;
  const start = xml.indexOf('<outline>');
  if (start < 0) return [];
  const entries: OutlineEntry[] = [];
  let depth = 0;
  for (const match of xml.slice(start).matchAll(/<outline>|<\/outline>|<item page="(\d+)">([\s\S]*?)<\/item>/g)) {
    if (match[0] === '<outline>') depth += 1;
    else if (match[0] === '</outline>') depth -= 1;
    else entries.push({ title: unescape(match[2]!.replace(/<[^>]+>/g, '')).trim(), page: Number(match[1]), depth });
  }
  return entries;
}

/** The contents page's entries: "N  Title ........ page", read from the page's text. */
export function contentsEntries(pageText: string): { title: string; page: number }[] {
  const lines = pageText.split('\n').map((line) => line.trim()).filter(Boolean);
  const entries: { title: string; page: number }[] = [];
  // pdftotext writes each entry's parts on lines of their own: number, title, page number.
  for (let i = 0; i + 2 < lines.length; i += 1) {
    if (/^\d+$/.test(lines[i]!) && !/^\d+$/.test(lines[i + 1]!) && /^\d+$/.test(lines[i + 2]!)) {
      entries.push({ title: lines[i + 1]!, page: Number(lines[i + 2]) });
      i += 2;
    }
  }
  return entries;
}
