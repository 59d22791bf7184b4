// The playbook's measured layout (src/renderer/playbook/paginate.ts) in a real Chromium, on
// documents made to break it: a table wider than the page (split between its columns, the key column
// in every part), a table that cannot be made to fit (the overflow guard must name it: this is the
// test that fails when anything is cut), a table's last row alone on a page, a heading with a line
// of text at a page's foot and its chart on the next page. The layout's modules are transpiled
// as they are and served to a blank page; no app, no host.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..', '..');
const ORIGIN = 'http://layout.samspil.test';
const MODULES = ['paginate', 'paginate-columns', 'paginate-guard', 'paginate-rebreaks'];

async function openLayout(page: Page): Promise<void> {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const name = new URL(route.request().url()).pathname.slice(1).replace(/\.js$/, '');
    if (name === '') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>' });
    if (!MODULES.includes(name)) return route.fulfill({ status: 404, body: '' });
    const source = readFileSync(join(root, 'src', 'renderer', 'playbook', `${name}.ts`), 'utf8');
    const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
    return route.fulfill({ contentType: 'text/javascript', body: outputText });
  });
  await page.goto(`${ORIGIN}/`);
  await page.addStyleTag({
    content: `
      body { margin: 0; font: 14px/1.4 sans-serif; }
      .page { width: 400px; height: 500px; display: flex; flex-direction: column; overflow: hidden; border: 1px solid #999; margin: 4px; }
      .body { flex: 1 1 auto; min-height: 0; overflow: hidden; }
      .pb-flow { display: flow-root; }
      table { width: 100%; border-collapse: collapse; }
      td, th { padding: 2px 4px; white-space: nowrap; }
      tr, h3 { break-inside: avoid; }
      h3 { margin: 0; height: 30px; }
      dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 8px; margin: 0; }
      dt, dd { margin: 0; }
      p { margin: 0; }
    `,
  });
  await page.addScriptTag({ type: 'module', content: `import { paginate } from '${ORIGIN}/paginate.js'; window.paginate = paginate; window.layoutReady = true;` });
  await page.waitForFunction(() => (window as unknown as { layoutReady?: boolean }).layoutReady === true);
}

interface Laid {
  pages: number;
  overflow: { page: number; what: string }[];
  splitTables: number;
  /** Per page: its text, the first cell of each table row, the row counts of its table fragments. */
  texts: string[];
  keys: string[][];
  rows: number[][];
  lastBlocks: string[];
}

/** Lays `html` out into 400 × 500 px pages and reports what each page holds. */
async function layOut(page: Page, html: string): Promise<Laid> {
  return page.evaluate((markup) => {
    const source = document.createElement('div');
    source.innerHTML = markup;
    source.style.cssText = 'position:absolute;left:-10000px;width:400px';
    document.body.append(source);
    const container = document.createElement('div');
    document.body.append(container);
    type Result = { pages: HTMLElement[]; overflow: { page: number; what: string }[]; splitTables: number };
    const paginate = (window as unknown as { paginate: (s: Element, o: unknown) => Result }).paginate;
    const result = paginate(source, {
      createPage: () => {
        const box = document.createElement('div');
        box.className = 'page';
        const body = document.createElement('div');
        body.className = 'body';
        box.append(body);
        container.append(box);
        return { page: box, body };
      },
    });
    return {
      pages: result.pages.length,
      overflow: result.overflow,
      splitTables: result.splitTables,
      texts: result.pages.map((p) => p.textContent ?? ''),
      keys: result.pages.map((p) => Array.from(p.querySelectorAll('tbody tr')).map((row) => row.firstElementChild?.textContent ?? '')),
      rows: result.pages.map((p) => Array.from(p.querySelectorAll('table')).map((table) => table.querySelectorAll('tbody tr').length)),
      lastBlocks: result.pages.map((p) => Array.from(p.querySelectorAll('[data-pb-block]')).at(-1)?.tagName ?? ''),
    };
  }, html);
}

const numbers = (row: number, columns: number) => Array.from({ length: columns }, (_, c) => `<td>${(10_000_000 + row * 1000 + c).toLocaleString('da-DK')}</td>`).join('');

test.describe('the playbook layout', () => {
  test.beforeEach(async ({ page }) => openLayout(page));

  test('splits a table wider than the page between its columns, the key column in every part, and cuts nothing', async ({ page }) => {
    const head = `<tr><th>Trin</th>${Array.from({ length: 12 }, (_, c) => `<th>måned ${c + 1}</th>`).join('')}</tr>`;
    const body = ['Lead', 'MQL', 'SQL', 'Møde'].map((stage, r) => `<tr><th>${stage}</th>${numbers(r, 12)}</tr>`).join('');
    const laid = await layOut(page, `<table><caption>Pr. måned</caption><thead>${head}</thead><tbody>${body}</tbody></table>`);
    expect(laid.overflow).toEqual([]);
    expect(laid.splitTables).toBe(1);
    const all = laid.texts.join(' ');
    for (let r = 0; r < 4; r += 1) for (let c = 0; c < 12; c += 1) expect(all).toContain((10_000_000 + r * 1000 + c).toLocaleString('da-DK'));
    // Each part has every row, keyed by the stage.
    const keys = laid.keys.flat();
    expect(keys.filter((key) => key === 'Lead').length).toBeGreaterThanOrEqual(3);
    expect(keys.filter((key) => key === 'Møde').length).toBe(keys.filter((key) => key === 'Lead').length);
  });

  test('the overflow guard names a table that cannot be made to fit the page', async ({ page }) => {
    const wide = `<td>${'X'.repeat(120)}</td>`;
    const laid = await layOut(page, `<p>Før tabellen.</p><table><tbody><tr><th>Nøgle</th>${wide}</tr></tbody></table>`);
    expect(laid.overflow.length).toBeGreaterThan(0);
    expect(laid.overflow[0]!.what).toMatch(/^t(able|body|r|d)/);
  });

  test('never leaves a table’s last row alone on a page under its repeated header', async ({ page }) => {
    // 500 px pages: a header and rows of about 24 px; the filler leaves room for all but one row.
    for (const filler of [300, 320, 340, 360]) {
      const rows = Array.from({ length: 8 }, (_, r) => `<tr><td>Række ${r + 1}</td><td>${r}</td></tr>`).join('');
      const laid = await layOut(page, `<div data-pb-keep style="height:${filler}px"></div><table><thead><tr><th>Navn</th><th>Tal</th></tr></thead><tbody>${rows}</tbody></table>`);
      const fragments = laid.rows.flat();
      expect(fragments.reduce((a, b) => a + b, 0)).toBe(8);
      expect(fragments.filter((count) => count === 1), `filler ${filler}: ${JSON.stringify(laid.rows)}`).toEqual([]);
    }
  });

  test('moves a heading with its line of text to the next page when what it heads does not fit', async ({ page }) => {
    for (const filler of [330, 360, 390]) {
      const laid = await layOut(page, `<div data-pb-keep style="height:${filler}px"></div><h3>Eksport til Norden</h3><p>Omsætning 148 mio. kr.</p><svg width="300" height="300" style="display:block"></svg>`);
      expect(laid.texts[0], `filler ${filler}`).not.toContain('Eksport til Norden');
      expect(laid.texts[1]).toContain('Eksport til Norden');
      expect(laid.lastBlocks[0]).not.toBe('H3');
    }
  });
  test('a heading moved to refill a page takes its whole list along: the break a term went over with is replaced, not kept', async ({ page }) => {
    // The sample's attribution agreement once printed its heading and first fact alone on a page,
    // the rest on the next: a first move (a description to a sparse last page, its term going
    // along) was kept when a second move took the heading over instead.
    const pairs = [
      ['Model', 'W-formet.'],
      ['Hvorfor', 'Sidste kontaktpunkt gav marketing 0 kr. af skolens 486.500 kr., selv om marketing bar skolen fra marts til august. Første kontaktpunkt ville give det hele til en kundes anbefaling.'],
      ['Måles på', 'Pipeline krediteret marketing; vundet omsætning krediteret marketing.'],
      ['Rapporteres', 'Månedligt i CRM’et.'],
      ['Ejer', 'Sofie Lærke Andersen'],
      ['Svarer på', 'Fælles mål og målinger'],
    ];
    const list = `<h3>Aftalen</h3><dl>${pairs.map(([term, text]) => `<dt>${term}</dt><dd>${text}</dd>`).join('')}</dl>`;
    for (let filler = 200; filler <= 420; filler += 10) {
      const laid = await layOut(page, `<div data-pb-keep style="height:${filler}px"></div>${list}`);
      const at = laid.texts.findIndex((text) => text.includes('Aftalen'));
      // The heading and its whole list (about 250 px) fit on a page: moved to a page of its own,
      // the heading has every fact under it.
      if (at > 0) expect(laid.texts[at], `filler ${filler}: ${JSON.stringify(laid.texts)}`).toContain('Svarer på');
      expect(laid.lastBlocks[0], `filler ${filler}`).not.toBe('H3');
    }
  });
});
