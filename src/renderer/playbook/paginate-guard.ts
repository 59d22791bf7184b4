/**
 * The overflow guard of the playbook's layout: after the pages are made, every block on every page
 * is measured against its page's body, so that nothing is printed cut off without anyone knowing.
 * A page box clips what runs past its edges (it is paper), so a table wider than the page or a
 * word longer than its cell would silently lose figures: the guard names each such block. The
 * layout avoids them (wide tables are split between their columns, paginate-columns.ts); the guard
 * is what proves it, and what a test fails on.
 */

export interface Overflow {
  /** The page (1-based). */
  page: number;
  /** What runs over: the element's tag and class, and the start of its text. */
  what: string;
  /** By how many CSS pixels it runs over (the largest of the right, left and bottom edges). */
  by: number;
}

/** Less than this (CSS px) is the print engine's rounding, not a cut. */
const TOLERANCE = 1;

function describe(node: Element): string {
  const className = typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
  const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  return `${node.tagName.toLowerCase()}${className}${text ? ` "${text}"` : ''}`;
}

/**
 * The blocks on `pages` that run past their page's body (`bodyOf(page)`), or that clip their own
 * content (an ellipsis, a hidden overflow): the outermost such element per page and cause.
 */
export function findOverflows(pages: readonly HTMLElement[], bodyOf: (page: HTMLElement) => HTMLElement): Overflow[] {
  const found: Overflow[] = [];
  pages.forEach((page, index) => {
    const body = bodyOf(page);
    const box = body.getBoundingClientRect();
    // Elements already accounted for (reported, or not printed): their insides are not checked.
    const reported: Element[] = [];
    const inReported = (node: Element) => reported.some((outer) => outer.contains(node));
    // The running header and footer must stay inside the page's margins too.
    const style = getComputedStyle(page);
    const pageBox = page.getBoundingClientRect();
    const margins = { left: pageBox.left + parseFloat(style.paddingLeft), right: pageBox.right - parseFloat(style.paddingRight) };
    for (const node of Array.from(page.children).filter((child) => child !== body).flatMap((child) => Array.from(child.querySelectorAll('*')))) {
      const rect = node.getBoundingClientRect();
      const by = Math.max(rect.right - margins.right, margins.left - rect.left);
      if (rect.width > 0 && by > TOLERANCE) found.push({ page: index + 1, what: describe(node), by: Math.round(by) });
    }
    for (const node of Array.from(body.querySelectorAll('*'))) {
      if (inReported(node)) continue;
      const rect = node.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      // Text for screen readers only (`.visually-hidden`: a clipped 1 px box) is not on paper.
      if (rect.width <= 1 && rect.height <= 1) {
        reported.push(node);
        continue;
      }
      const by = Math.max(rect.right - box.right, box.left - rect.left, rect.bottom - box.bottom);
      if (by > TOLERANCE) {
        reported.push(node);
        found.push({ page: index + 1, what: describe(node), by: Math.round(by) });
        continue;
      }
      // An element that clips its own content (overflow hidden, text-overflow: ellipsis).
      const element = node as HTMLElement;
      if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + TOLERANCE) {
        const style = getComputedStyle(element);
        if (style.overflowX !== 'visible') {
          reported.push(node);
          found.push({ page: index + 1, what: describe(node), by: Math.round(element.scrollWidth - element.clientWidth) });
        }
      }
    }
  });
  return found;
}
