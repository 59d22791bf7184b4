/**
 * Where the playbook's layout should break its pages differently (paginate.ts runs a part of the
 * document again with these breaks): a table's one row alone on a page under its repeated header
 * (its widow) or at a page's foot (its orphan); the end of a run of pages holding less than
 * {@link SPARSE_PAGE} of a page (a few lines, a lone notes box), filled by moving blocks from the
 * page before; a heading at a page's foot with only a little text under it while what it heads goes
 * on over the page.
 */

/** The marks the layout writes on its pages: a placed block, and a container's continuation. */
export const BLOCK_MARK = 'data-pb-block';
export const CONTINUED = 'data-pb-continued';

/** A page under this share of its height filled, ending a run of pages, is nearly empty. */
export const SPARSE_PAGE = 0.25;

/** Why a page was opened: the document's first page, a part starting, or the previous page being full. */
export type PageStart = 'first' | 'section' | 'full';

/** One part of the document as laid out: its pages, what each holds, and where each block came from. */
export interface LaidOutPart {
  readonly pages: readonly HTMLElement[];
  readonly flows: readonly HTMLElement[];
  readonly starts: readonly PageStart[];
  readonly sourceOf: WeakMap<Element, Element>;
  readonly limitPx: number;
}

/** The placed blocks of a page, in order, with their sources and where they end (px from the top). */
function blocksOf(paginator: LaidOutPart, index: number): { clone: Element; source: Element; top: number; bottom: number }[] {
  const flow = paginator.flows[index]!;
  const top = flow.getBoundingClientRect().top;
  return Array.from(flow.querySelectorAll(`[${BLOCK_MARK}]`))
    .filter((clone) => paginator.sourceOf.has(clone))
    .map((clone) => {
      const rect = clone.getBoundingClientRect();
      return { clone, source: paginator.sourceOf.get(clone)!, top: rect.top - top, bottom: rect.bottom - top };
    });
}

const bodyRows = (table: Element) => Array.from(table.querySelectorAll(':scope > tbody > tr, :scope > tr')).filter((row) => row.hasAttribute(BLOCK_MARK));

/**
 * A break to force before `add` in the next pass, instead of any forced before the blocks of
 * `replaces` (the page the move refills: a break forced there opened it, whether before its first
 * block or before a block a heading or term moved along with).
 */
export interface Rebreak {
  add: Element;
  replaces: Element[];
}

/**
 * The source blocks before which the next pass must break a page, to mend a page left nearly
 * empty: a table's one row alone on a page under its repeated header (its widow) or at a page's
 * foot (its orphan); the end of a run of pages holding less than {@link SPARSE_PAGE} of a page
 * (a few lines, a lone notes box), filled by moving blocks from the page before; a heading at a
 * page's foot with only a little text under it while the section goes on.
 */
export function rebreaks(paginator: LaidOutPart): Rebreak[] {
  const moves: Rebreak[] = [];
  // One move per pair of pages and pass: two moves at one break would push too much over.
  const touched = new Set<number>();
  const move = (source: Element | undefined, first: number) => {
    if (!source || touched.has(first) || touched.has(first + 1)) return;
    touched.add(first).add(first + 1);
    // A break forced on the later page is what opened it: this move replaces it. (A forced break
    // only ever takes effect at a page's start, so any such block on that page is its opener, or
    // the block a keep-with-next term or heading went over with.)
    const replaces = Array.from(paginator.flows[first + 1]!.querySelectorAll(`[${BLOCK_MARK}]`)).flatMap((clone) => paginator.sourceOf.get(clone) ?? []);
    if (replaces[0] === source) return;
    moves.push({ add: source, replaces: replaces.filter((block) => block !== source) });
  };
  const height = paginator.limitPx;
  const count = paginator.pages.length;
  for (let index = 0; index < count; index += 1) {
    const continues = index + 1 < count && paginator.starts[index + 1] === 'full';
    const flow = paginator.flows[index]!;
    // Widows and orphans of tables.
    for (const table of Array.from(flow.querySelectorAll('table'))) {
      const rows = bodyRows(table);
      if (rows.length !== 1) continue;
      if (table.hasAttribute(CONTINUED) && paginator.starts[index] === 'full' && index > 0) {
        const before = Array.from(paginator.flows[index - 1]!.querySelectorAll('table')).at(-1);
        const previous = before ? bodyRows(before) : [];
        const row = previous.length >= 3 ? previous.at(-1) : previous[0];
        move(row && paginator.sourceOf.get(row), index - 1);
      } else if (!table.hasAttribute(CONTINUED) && continues && table === flow.querySelectorAll('table')[flow.querySelectorAll('table').length - 1]) {
        const source = paginator.sourceOf.get(rows[0]!);
        const next = paginator.flows[index + 1]!.querySelector(`table[${CONTINUED}]`);
        if (next) move(source, index);
      }
    }
    // A run of pages ending on a nearly empty one: move blocks from the page before onto it.
    const filled = flow.getBoundingClientRect().height / height;
    if (paginator.starts[index] === 'full' && !continues && filled < SPARSE_PAGE && index >= 1) {
      const needed = (SPARSE_PAGE - filled) * height;
      const before = blocksOf(paginator, index - 1);
      const end = before.at(-1)?.bottom ?? 0;
      for (let k = before.length - 1; k >= 1; k -= 1) {
        const moved = end - before[k]!.top;
        // The page before must stay well filled itself.
        if (before[k]!.top < height * 0.5) break;
        if (moved >= needed) {
          move(before[k]!.source, index - 1);
          break;
        }
      }
    }
    // A heading stranded at the foot with a line or two under it, what it heads going on over
    // the page (the next page does not open with a heading of its own).
    const nextFirst = continues ? paginator.flows[index + 1]!.querySelector(`[${BLOCK_MARK}]`) : null;
    if (nextFirst && !/^H[1-6]$/.test(nextFirst.tagName)) {
      const blocks = blocksOf(paginator, index);
      for (let k = blocks.length - 1; k >= 1; k -= 1) {
        const block = blocks[k]!;
        if (!/^H[2-4]$/.test(block.clone.tagName)) continue;
        const after = blocks.slice(k + 1);
        const text = after.every((item) => ['P', 'DL', 'DT', 'DD', 'UL', 'OL', 'LI'].includes(item.clone.tagName));
        if (text && (blocks.at(-1)?.bottom ?? 0) - block.top < height * 0.15) move(block.source, index);
        break;
      }
    }
  }
  return moves;
}
