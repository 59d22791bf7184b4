/**
 * The playbook's paged layout: a measured layout in the page itself, not the print engine's.
 * Chromium's printing cannot number the pages of a table of contents (no `target-counter`), so
 * the document is laid out here into page boxes of the paper's exact size, measuring as it goes;
 * the print engine then only prints one box per sheet. Every page number is known before printing:
 * the table of contents, "Page X of Y" in the running footer (set in the document's own, embedded
 * font) and the preview all show the same pages as the PDF.
 *
 * The source is the rendered playbook (hidden). Its top-level blocks are placed into the pages in
 * order: containers (section, div, list, table body …) are split between their children; the rest
 * (headings, paragraphs, table rows, charts, anything with `break-inside: avoid`) are never split.
 * The rules a client would check on paper:
 * - a table row never breaks across pages, and a table's header row repeats on every page it runs to;
 * - a heading (or anything with `break-after: avoid`) is never left alone at the foot of a page:
 *   it moves to the next page with what follows it;
 * - a chart (svg, figure) is never cut;
 * - `data-break-before="page"` starts a new page (each major section);
 * - a text-only paragraph taller than a whole page is split between words, so nothing is lost.
 * - a table wider than the page is split between its columns, the key column repeated in each part
 *   (paginate-columns.ts);
 * - no page is left nearly empty by a break that could have been placed better: a table's last row
 *   alone under its repeated header, its first row alone at a page's foot, the few lines (or a lone
 *   notes box) that end a section on a page of their own, a heading with a line of text at the foot
 *   of a page and its chart on the next. The layout runs again with a break moved earlier
 *   (a few passes at most; see `rebreaks`).
 * Continuation fragments of a container are marked `data-pb-continued` and lose their `id`.
 * Afterwards the overflow guard (paginate-guard.ts) measures every block on every page.
 */
import { splitTableColumns } from './paginate-columns';
import { findOverflows, type Overflow } from './paginate-guard';
import { BLOCK_MARK, CONTINUED, rebreaks, type PageStart } from './paginate-rebreaks';

export type { Overflow } from './paginate-guard';

export interface PageFrame {
  /** The page box (appended to the pages container by the caller's `createPage`). */
  page: HTMLElement;
  /** The box the content flows into; its height is the space on the page. */
  body: HTMLElement;
}

export interface PaginateOptions {
  /** Makes an empty page: its box, running header and footer, and the body to flow into. */
  createPage: (index: number, first: boolean) => PageFrame;
  /** Adjusts a block's copy before it is measured (e.g. fills in titles known only from the source). */
  prepare?: (block: Element) => void;
}

export interface PaginateResult {
  pages: HTMLElement[];
  /** The page number (1-based) where each `data-toc-target` element starts. */
  targets: Record<string, number>;
  /** Blocks taller than a whole page that could not be split (they are clipped). */
  oversize: number;
  /** Every block that runs past its page's body or clips its content: none, or a defect. */
  overflow: Overflow[];
  /** Tables split between their columns because they were wider than the page. */
  splitTables: number;
  /** How many times the layout ran (1, or more when breaks were moved to avoid sparse pages). */
  passes: number;
  /** Per page: why it was opened, and how much of its body is filled (0–1). */
  layout: { start: PageStart; filled: number }[];
}

/** At most this many layouts of one document (each pass moves breaks that leave sparse pages). */
const MAX_PASSES = 6;
/** (Per part of the document that starts on a page of its own.) */

const ALWAYS_ATOMIC = new Set(['TR', 'LI', 'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'DD', 'FIGURE', 'IMG', 'svg', 'SVG', 'PRE', 'BLOCKQUOTE', 'CANVAS', 'HR']);
const CONTAINERS = new Set(['SECTION', 'DIV', 'ARTICLE', 'ASIDE', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'TFOOT']);
/** Parts of a table that belong to every fragment of it (the header row repeats). */
const FIXED_PARTS = new Set(['THEAD', 'COLGROUP']);

const elementsOf = (node: Element): Element[] => Array.from(node.children);
const hasOwnText = (node: Element) => Array.from(node.childNodes).some((child) => child.nodeType === 3 && (child.textContent ?? '').trim() !== '');

function isFixedPart(node: Element): boolean {
  return FIXED_PARTS.has(node.tagName) || node.tagName === 'CAPTION';
}

function styleOf(node: Element): CSSStyleDeclaration {
  return node.ownerDocument.defaultView!.getComputedStyle(node);
}

function isSplittable(node: Element): boolean {
  if (ALWAYS_ATOMIC.has(node.tagName) || !CONTAINERS.has(node.tagName)) return false;
  if (node.hasAttribute('data-pb-keep') || hasOwnText(node)) return false;
  const inside = styleOf(node).breakInside;
  return inside !== 'avoid' && inside !== 'avoid-page';
}

function keepsWithNext(node: Element): boolean {
  if (/^H[1-6]$/.test(node.tagName) || node.tagName === 'DT' || node.hasAttribute('data-pb-keep-next')) return true;
  const after = styleOf(node).breakAfter;
  return after === 'avoid' || after === 'avoid-page';
}

function isTextOnly(node: Element): boolean {
  return Array.from(node.childNodes).every((child) => child.nodeType === 3 || (child.nodeType === 1 && (child as Element).tagName === 'BR'));
}

/** Whether a clone on a page holds content (anything but a table's repeated parts). */
function holdsContent(node: Element): boolean {
  return node.hasAttribute(BLOCK_MARK) || node.querySelector(`[${BLOCK_MARK}]`) !== null;
}

interface Level {
  source: Element;
  clone: Element;
}

/** What one layout pass hands the next: breaks to force, and the column parts of wide tables. */
interface LayoutMemory {
  /** Source blocks that must start a page (unless the page is still empty). */
  breakBefore: Set<Element>;
  /** A wide source table's parts (kept, so that a forced break in a part is found again). */
  parts: Map<Element, Element[]>;
}

export type { PageStart } from './paginate-rebreaks';

class Paginator {
  readonly pages: HTMLElement[] = [];
  readonly bodies: HTMLElement[] = [];
  readonly flows: HTMLElement[] = [];
  readonly starts: PageStart[] = [];
  /** The source of every block clone placed (for moving a break to a block in the next pass). */
  readonly sourceOf = new WeakMap<Element, Element>();
  private flow!: HTMLElement;
  private limit = 0;
  private chain: Level[] = [];
  private pageHasContent = false;
  oversize = 0;

  constructor(
    private readonly options: PaginateOptions,
    private readonly memory: LayoutMemory,
    /** The pages before this part of the document (laid out already). */
    private readonly offset = 0,
  ) {}

  get limitPx(): number {
    return this.limit;
  }

  /** Lays out one part of the document: blocks that start on a fresh page. */
  run(blocks: readonly Element[]): void {
    this.openPage(this.offset === 0 ? 'first' : 'section');
    for (const child of blocks) this.place(child);
  }

  private openPage(start: PageStart): void {
    const index = this.offset + this.pages.length;
    const frame = this.options.createPage(index, index === 0);
    this.pages.push(frame.page);
    this.bodies.push(frame.body);
    this.starts.push(start);
    // The flow is a block formatting context: its height includes its children's margins.
    const flow = frame.page.ownerDocument.createElement('div');
    flow.className = 'pb-flow';
    frame.body.append(flow);
    this.flow = flow;
    this.flows.push(flow);
    // A pixel's grace for the print engine's rounding, which must never push a line off a page.
    this.limit = frame.body.clientHeight - 1;
    this.pageHasContent = false;
  }

  private fits(): boolean {
    return this.flow.getBoundingClientRect().height <= this.limit;
  }

  private container(): Element {
    return this.chain.at(-1)?.clone ?? this.flow;
  }

  private place(source: Element): void {
    if (source.getAttribute('data-break-before') === 'page' && this.pageHasContent) this.breakPage(false, 'section');
    if (source.tagName === 'TABLE' && !source.hasAttribute('data-pb-columns')) {
      const parts = this.columnParts(source as HTMLTableElement);
      if (parts.length > 1) {
        for (const part of parts) this.place(part);
        return;
      }
    }
    if (this.memory.breakBefore.has(source) && this.pageHasContent && isSplittable(source)) this.breakPage(true);
    if (!isSplittable(source)) {
      this.placeBlock(source);
      return;
    }
    const clone = source.cloneNode(false) as Element;
    for (const part of elementsOf(source).filter(isFixedPart)) clone.append(part.cloneNode(true));
    this.container().append(clone);
    this.chain.push({ source, clone });
    for (const child of elementsOf(source)) if (!isFixedPart(child)) this.place(child);
    this.chain.pop();
  }

  /** A table's parts when it is wider than the page (measured on this page), else the table. */
  private columnParts(table: HTMLTableElement): Element[] {
    const known = this.memory.parts.get(table);
    if (known) return known;
    const width = this.flow.clientWidth;
    const fits = (candidate: Element) => {
      this.container().append(candidate);
      const ok = candidate.getBoundingClientRect().width <= width + 0.5;
      candidate.remove();
      return ok;
    };
    const parts: Element[] = fits(table.cloneNode(true) as Element) ? [table] : splitTableColumns(table, fits);
    this.memory.parts.set(table, parts);
    return parts;
  }

  private placeBlock(source: Element): void {
    if (this.memory.breakBefore.has(source) && this.pageHasContent) this.breakPage(true);
    const clone = source.cloneNode(true) as Element;
    this.sourceOf.set(clone, source);
    if (this.tryAppend(clone)) return;
    if (this.pageHasContent) {
      this.breakPage(true);
      const again = source.cloneNode(true) as Element;
      this.sourceOf.set(again, source);
      if (this.tryAppend(again)) return;
    }
    this.placeOversize(source);
  }

  private tryAppend(clone: Element): boolean {
    this.options.prepare?.(clone);
    clone.setAttribute(BLOCK_MARK, '');
    this.container().append(clone);
    if (this.fits()) {
      this.pageHasContent = true;
      return true;
    }
    clone.remove();
    return false;
  }

  /** A block taller than the space on a fresh page: split a text-only one between words. */
  private placeOversize(source: Element): void {
    if (!isTextOnly(source) || (source.textContent ?? '').trim() === '') {
      const clone = source.cloneNode(true) as Element;
      this.sourceOf.set(clone, source);
      clone.setAttribute(BLOCK_MARK, '');
      this.container().append(clone);
      this.pageHasContent = true;
      this.oversize += 1;
      return;
    }
    let words = (source.textContent ?? '').split(/(?<=\s)/);
    let first = true;
    while (words.length > 0) {
      const part = source.cloneNode(false) as Element;
      if (!first) {
        part.removeAttribute('id');
        part.setAttribute(CONTINUED, '');
      }
      part.setAttribute(BLOCK_MARK, '');
      this.sourceOf.set(part, source);
      this.container().append(part);
      // The most words that fit, by bisection (at least one, so the text always moves on).
      let low = 1;
      let high = words.length;
      while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        part.textContent = words.slice(0, middle).join('');
        if (this.fits()) low = middle;
        else high = middle - 1;
      }
      part.textContent = words.slice(0, low).join('');
      if (low === 1 && !this.fits() && this.pageHasContent) {
        part.remove();
        this.breakPage(false, 'full');
        continue;
      }
      this.pageHasContent = true;
      words = words.slice(low);
      first = false;
      if (words.length > 0) this.breakPage(false, 'full');
    }
  }

  /**
   * Starts a new page and reopens the containers that were open, so the flow continues inside
   * them. With `keepWithNext`, headings left at the foot of the old page move along (unless they
   * are all the old page holds).
   */
  private breakPage(keepWithNext: boolean, start: PageStart = 'full'): void {
    const moved = keepWithNext ? this.trailingKeepers() : new Map<number, Element[]>();
    const places: Array<{ node: Element; parent: Node; next: Node | null }> = [];
    for (const nodes of moved.values()) for (const node of nodes) places.push({ node, parent: node.parentNode!, next: node.nextSibling });
    for (const { node } of places) node.remove();
    if (places.length > 0 && !holdsContent(this.flow)) {
      // Moving them would leave an empty page behind: they stay where they are.
      for (const { node, parent, next } of places.reverse()) parent.insertBefore(node, next);
      moved.clear();
    }
    // Containers left empty on the old page go; they start fresh (with their id) on the new one.
    const fresh = this.chain.map(() => false);
    for (let level = this.chain.length - 1; level >= 0; level -= 1) {
      const { clone } = this.chain[level]!;
      if (holdsContent(clone)) break;
      clone.remove();
      fresh[level] = !clone.hasAttribute(CONTINUED);
    }
    this.openPage(start);
    let parent: Element = this.flow;
    for (let level = 0; level <= this.chain.length; level += 1) {
      for (const node of moved.get(level) ?? []) parent.append(node);
      if (level === this.chain.length) break;
      const entry = this.chain[level]!;
      const clone = entry.source.cloneNode(false) as Element;
      if (!fresh[level]) {
        clone.removeAttribute('id');
        clone.setAttribute(CONTINUED, '');
      }
      // A table's header row repeats; its caption only opens the table's first fragment.
      const parts = elementsOf(entry.source).filter((node) => FIXED_PARTS.has(node.tagName) || (fresh[level] && node.tagName === 'CAPTION'));
      for (const part of parts) clone.append(part.cloneNode(true));
      parent.append(clone);
      entry.clone = clone;
      parent = clone;
    }
    this.pageHasContent = moved.size > 0;
  }

  /**
   * The keep-with-next blocks at the end of the page, by level (0: the flow itself), walking up
   * through open containers that hold nothing yet on this page.
   */
  private trailingKeepers(): Map<number, Element[]> {
    const found = new Map<number, Element[]>();
    for (let level = this.chain.length; level >= 0; level -= 1) {
      const container = level === 0 ? this.flow : this.chain[level - 1]!.clone;
      const below = level < this.chain.length ? this.chain[level]!.clone : null;
      if (below && holdsContent(below)) break;
      const nodes: Element[] = [];
      let previous = below ? below.previousElementSibling : container.lastElementChild;
      while (previous && !isFixedPart(previous) && keepsWithNext(previous)) {
        nodes.unshift(previous);
        previous = previous.previousElementSibling;
      }
      if (nodes.length > 0) found.set(level, nodes);
      if (previous && !isFixedPart(previous)) break;
    }
    return found;
  }
}

/**
 * Lays `source`'s children out into pages made by `createPage` (the caller appends them where
 * they are shown); the source itself is left untouched. When a layout leaves a page nearly empty
 * that a better break would fill (see {@link rebreaks}), it runs again with those breaks moved;
 * the pages of a discarded pass are removed.
 */
export function paginate(source: Element, options: PaginateOptions): PaginateResult {
  const memory: LayoutMemory = { breakBefore: new Set(), parts: new Map() };
  // Each part that starts on a page of its own (`data-break-before="page"`) is laid out, and laid
  // out again when a break should move, on its own: a move never changes another part's pages.
  const parts: Element[][] = [];
  for (const child of elementsOf(source)) {
    if (parts.length === 0 || child.getAttribute('data-break-before') === 'page') parts.push([]);
    parts.at(-1)!.push(child);
  }
  const laid = { pages: [] as HTMLElement[], bodies: [] as HTMLElement[], flows: [] as HTMLElement[], starts: [] as PageStart[], oversize: 0, limit: 0 };
  let passes = 1;
  for (const blocks of parts) {
    const best = layOutPart(blocks, options, memory, laid.pages.length);
    passes = Math.max(passes, best.passes);
    laid.pages.push(...best.paginator.pages);
    laid.bodies.push(...best.paginator.bodies);
    laid.flows.push(...best.paginator.flows);
    laid.starts.push(...best.paginator.starts);
    laid.oversize += best.paginator.oversize;
    laid.limit = best.paginator.limitPx;
  }
  const paginator = { ...laid, limitPx: laid.limit };
  const targets: Record<string, number> = {};
  paginator.pages.forEach((page, index) => {
    for (const node of Array.from(page.querySelectorAll(`[data-toc-target]:not([${CONTINUED}])`))) {
      const key = node.getAttribute('data-toc-target')!;
      targets[key] ??= index + 1;
    }
  });
  const bodies = new Map(paginator.pages.map((page, index) => [page, paginator.bodies[index]!]));
  const splitTables = Array.from(memory.parts.values()).filter((parts) => parts.length > 1).length;
  const layout = paginator.flows.map((flow, index) => ({ start: paginator.starts[index]!, filled: flow.getBoundingClientRect().height / paginator.limitPx }));
  return { pages: paginator.pages, targets, oversize: paginator.oversize, overflow: findOverflows(paginator.pages, (page) => bodies.get(page)!), splitTables, passes, layout };
}

/** One part laid out, then again with breaks moved while that leaves fewer nearly empty pages. */
function layOutPart(blocks: readonly Element[], options: PaginateOptions, memory: LayoutMemory, offset: number): { paginator: Paginator; passes: number } {
  let paginator = new Paginator(options, memory, offset);
  paginator.run(blocks);
  let passes = 1;
  let found = rebreaks(paginator);
  let best = { paginator, problems: found.length };
  while (found.length > 0 && passes < MAX_PASSES) {
    for (const { add, replaces } of found) {
      for (const block of replaces) memory.breakBefore.delete(block);
      memory.breakBefore.add(add);
    }
    paginator = new Paginator(options, memory, offset);
    paginator.run(blocks);
    passes += 1;
    found = rebreaks(paginator);
    if (found.length <= best.problems) {
      for (const page of best.paginator.pages) page.remove();
      best = { paginator, problems: found.length };
    } else {
      // Worse than before: the moves undo more than they mend; stop with the best layout.
      for (const page of paginator.pages) page.remove();
      break;
    }
  }
  return { paginator: best.paginator, passes };
}
