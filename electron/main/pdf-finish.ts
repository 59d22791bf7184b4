// The playbook PDF's finishing touches, after Chromium has printed it (Electron's printToPDF or
// Playwright's page.pdf: the same Skia writer). Chromium cannot be told an author or a creator, it
// names itself the creator (the headless one even its user agent), it takes the language from the
// page's root, and it rounds the paper up to its own units (A4 comes out 595.92 × 841.92 pt, not
// 595.28 × 841.89). So the printed file gets an incremental update (PDF 1.7, 7.5.6: objects
// appended after the original bytes, a new cross-reference section pointing back to the old one):
// a new document information dictionary (Title, Author, Subject, Creator "Samspil"), the catalog's
// /Lang, and every page's MediaBox cut to the exact paper, its top-left corner kept (the page is
// drawn from the top; the few hundredths of a point cut are blank margin). The original bytes are
// kept as they are. Plain Node, no Electron: the command line and the tests use it as well.
import type { Paper } from '../../src/contract/print-options';

/** Paper sizes in PostScript points (A4: 210 × 297 mm; Letter: 8.5 × 11 in). */
export const PAPER_POINTS: Readonly<Record<Paper, { width: number; height: number }>> = {
  A4: { width: (210 / 25.4) * 72, height: (297 / 25.4) * 72 },
  Letter: { width: 612, height: 792 },
};

export interface PdfMetadata {
  title: string;
  /** The facilitator (and their firm). */
  author: string;
  subject?: string;
  /** BCP 47, as the document's language: 'da', 'en'. */
  language: string;
}

/** What the page says before it is printed (see {@link PREPARE_PRINT}). */
export interface PreparedPrint {
  metadata: PdfMetadata | null;
  /** What the layout's overflow guard found (src/renderer/playbook/paginate-guard.ts): nothing, or a defect. */
  overflow: { page: number; what: string; by: number }[];
  /** Per page: why it was opened ('first', 'section', 'full') and how much of it is filled (0–1). */
  layout: { start: string; filled: number; lastBlock: string; firstBlock: string; widowRows: number }[];
}

/**
 * Run in the print route before printing: the page's root takes the playbook's language and title
 * (Chromium writes them as the PDF's /Lang and title; the finishing sets them again), and the
 * answer is what the layout put on the pages' container: the PDF's metadata and the overflow guard's
 * findings (src/renderer/playbook/PagedPlaybook.tsx).
 */
export const PREPARE_PRINT = `(() => {
  const pages = document.querySelector('.pb-pages');
  const metadata = JSON.parse(pages?.getAttribute('data-pb-metadata') ?? 'null');
  if (metadata) {
    document.documentElement.lang = metadata.language;
    document.title = metadata.title;
  }
  const tag = (node) => (node ? node.tagName : '');
  const layout = Array.from(document.querySelectorAll('.pb-pages > .pb-page')).map((page) => {
    const blocks = page.querySelectorAll('[data-pb-block]');
    // A table's fragment that continues from the page before with a single row of its body.
    const widowRows = Array.from(page.querySelectorAll('table[data-pb-continued]')).filter((table) => table.querySelectorAll(':scope > tbody > tr[data-pb-block]').length === 1).length;
    return { start: page.dataset.pbStart ?? '', filled: Number(page.dataset.pbFilled ?? 1), firstBlock: tag(blocks[0]), lastBlock: tag(blocks[blocks.length - 1]), widowRows };
  });
  return { metadata, overflow: JSON.parse(pages?.getAttribute('data-pb-overflow') ?? '[]'), layout };
})()`;

/** A PDF text string: plain ASCII in parentheses (escaped), anything else as UTF-16BE with its BOM. */
export function pdfString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (char) => `\\${char}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i += 1) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

interface PdfObject {
  number: number;
  /** The object's body between `obj` and `endobj`, as latin1 text. */
  body: string;
}

const number = (value: number) => String(Number(value.toFixed(4)));

/** The objects of the file (the last definition of each number wins, as in a reader). */
function objectsOf(text: string): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  const pattern = /(?:^|[\r\n])(\d+) 0 obj\b/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index + match[0].length;
    const head = text.slice(start, start + 2048);
    // Only dictionaries without a stream are rewritten (pages, the catalog, the info).
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    if (!/^\s*<</.test(head) || body.includes('stream')) continue;
    objects.set(Number(match[1]), { number: Number(match[1]), body });
  }
  return objects;
}

/**
 * Finishes a Chromium-printed PDF: metadata, language and the exact paper size, as an incremental
 * update of the original bytes. A file it cannot read (not Chromium's classic cross-reference
 * table) is refused with an error rather than guessed at.
 *
 * @example
 * const finished = finishPdf(await page.pdf(options), { title: 'Nordvind Ventilation A/S – Playbook – 14. januar 2027', author: 'Anne Lykke Mørch', language: 'da' }, 'A4');
 */
export function finishPdf(pdf: Buffer, metadata: PdfMetadata, paper: Paper): Buffer {
  const text = pdf.toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref\s+\d+\s+%%EOF\s*$/.exec(text);
  if (!startxref || !trailer) throw new Error('not a PDF with a classic cross-reference table');
  const size = Number(/\/Size (\d+)/.exec(trailer[1]!)?.[1]);
  const root = Number(/\/Root (\d+) 0 R/.exec(trailer[1]!)?.[1]);
  const info = Number(/\/Info (\d+) 0 R/.exec(trailer[1]!)?.[1] ?? Number.NaN);
  if (!Number.isInteger(size) || !Number.isInteger(root)) throw new Error('the PDF trailer has no /Size or /Root');

  const objects = objectsOf(text);
  const updated: PdfObject[] = [];
  const { width, height } = PAPER_POINTS[paper];
  for (const object of objects.values()) {
    if (!/\/Type\s*\/Page\b(?!s)/.test(object.body)) continue;
    const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(object.body);
    if (!box) continue;
    const [left, , , top] = box.slice(1).map(Number) as [number, number, number, number];
    const exact = `/MediaBox [${number(left)} ${number(top - height)} ${number(left + width)} ${number(top)}]`;
    updated.push({ number: object.number, body: object.body.replace(box[0], exact).replace(/\/CropBox\s*\[[^\]]*\]/, '') });
  }
  const catalog = objects.get(root);
  if (catalog) {
    const lang = `/Lang ${pdfString(metadata.language)}`;
    const body = /\/Lang\s*\([^)]*\)/.test(catalog.body) ? catalog.body.replace(/\/Lang\s*\([^)]*\)/, lang) : catalog.body.replace(/>>\s*$/, `\n${lang}>>\n`);
    updated.push({ number: root, body });
  }
  // The information dictionary: Chromium's dates and producer kept, the rest ours.
  const old = Number.isInteger(info) ? (objects.get(info)?.body ?? '') : '';
  const kept = ['Producer', 'CreationDate', 'ModDate']
    .map((key) => new RegExp(`/${key}\\s*(\\([^)]*\\)|<[^>]*>)`).exec(old))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => match[0]);
  const fields = [
    `/Title ${pdfString(metadata.title)}`,
    `/Author ${pdfString(metadata.author)}`,
    ...(metadata.subject ? [`/Subject ${pdfString(metadata.subject)}`] : []),
    `/Creator ${pdfString('Samspil')}`,
    ...kept,
  ];
  const infoNumber = Number.isInteger(info) ? info : size;
  updated.push({ number: infoNumber, body: `\n<<${fields.join('\n')}>>\n` });

  // The update: the objects, a cross-reference section with one subsection per object, a trailer.
  let offset = pdf.length;
  const parts: string[] = [text.endsWith('\n') ? '' : '\n'];
  offset += parts[0]!.length;
  const entries: { number: number; offset: number }[] = [];
  for (const object of updated.sort((a, b) => a.number - b.number)) {
    const chunk = `${object.number} 0 obj${object.body}endobj\n`;
    entries.push({ number: object.number, offset });
    parts.push(chunk);
    offset += Buffer.byteLength(chunk, 'latin1');
  }
  const xref = ['xref', ...entries.map((entry) => `${entry.number} 1\n${String(entry.offset).padStart(10, '0')} 00000 n\r`)].join('\n');
  const newSize = Math.max(size, infoNumber + 1);
  parts.push(`${xref}\ntrailer\n<</Size ${newSize}\n/Root ${root} 0 R\n/Info ${infoNumber} 0 R\n/Prev ${startxref[1]}>>\nstartxref\n${offset}\n%%EOF\n`);
  return Buffer.concat([pdf, Buffer.from(parts.join(''), 'latin1')]);
}
