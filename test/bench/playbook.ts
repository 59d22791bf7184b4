/**
 * The playbook's export, timed beside its floor in the same run: the export is what
 * `npm run playbook:pdf` does once Chromium runs (a new browser context, the print route loaded
 * from the browser host, the workspace opened, the React view rendered, the fonts loaded, the
 * measured page layout, then `page.pdf` with the shared print options); the floor is Chromium
 * printing a static HTML page of the same content (the print route's laid-out pages saved with
 * page.content(), scripts removed, served with the same CSS and fonts by the same kind of host)
 * with the same options. Chromium's start is outside both. The enriched Danish sample is used, or
 * (`large`) the stress workshop of issue 17: six sales types, eight-digit counts, 40 participants,
 * with the facilitator's notes: a playbook of about 40 pages with split tables and moved breaks.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { playwrightPdfOptions, printRoute, type PlaybookOptions } from '../../src/contract/print-options';
import { startWebHost } from '../../electron/web-host/server';
import { launchChromium, printPlaybook, startPlaybookHost, STATIC_DIR, type PlaybookHost } from '../../scripts/playbook/print';
import { writeEnrichedSample } from '../playbook/sample';
import { writeStressWorkspace } from '../playbook/stress';

export interface PlaybookBench {
  pages: number;
  /** Milliseconds per export, and per print of the static page. */
  exports: number[];
  floors: number[];
}

const SAMPLE_OPTIONS: PlaybookOptions = { paper: 'A4', includeNotes: false, cards: 'themes' };
const LARGE_OPTIONS: PlaybookOptions = { paper: 'A4', includeNotes: true, cards: 'themes' };
let OPTIONS = SAMPLE_OPTIONS;

export async function benchPlaybookExport(runs: number, warmup = 2, workshop: 'sample' | 'large' = 'sample'): Promise<PlaybookBench> {
  const work = await mkdtemp(join(tmpdir(), 'samspil-bench-playbook-'));
  OPTIONS = workshop === 'large' ? LARGE_OPTIONS : SAMPLE_OPTIONS;
  try {
    const file = join(work, 'nordvind.da.json');
    if (workshop === 'large') writeStressWorkspace('da', { participants: 40 }, file);
    else writeEnrichedSample('da', file);
    // Both are served from one copy of the built renderer, so a rebuild meanwhile changes neither.
    const staticDir = join(work, 'static');
    await cp(STATIC_DIR, staticDir, { recursive: true });
    const host = await startPlaybookHost(file, { staticDir });
    try {
      return await measure(host, staticDir, runs, warmup);
    } finally {
      await host.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function measure(host: PlaybookHost, staticDir: string, runs: number, warmup: number): Promise<PlaybookBench> {
  const browser = await launchChromium();
  try {
    // The static page: the print route's final HTML, without its scripts, beside the same assets.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${host.url}${printRoute(host.workspaceId, OPTIONS)}`);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-playbook-ready'), undefined, { timeout: 60_000 });
    const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<link rel="modulepreload"[^>]*>/gi, '');
    await context.close();
    await writeFile(join(staticDir, 'static.html'), html);
    const staticHost = await startWebHost({ service: host.service, staticDir });
    const staticUrl = staticHost.url.replace('/?token=', '/static.html?token=');

    let pages = 0;
    const exportOnce = async () => {
      pages = (await printPlaybook(browser, host, OPTIONS)).pages;
    };
    const floorOnce = async () => {
      const floorContext = await browser.newContext();
      try {
        const floorPage = await floorContext.newPage();
        await floorPage.goto(staticUrl);
        await floorPage.evaluate(() => document.fonts.ready.then(() => undefined));
        await floorPage.pdf(playwrightPdfOptions(OPTIONS.paper));
      } finally {
        await floorContext.close();
      }
    };
    const time = async (task: () => Promise<void>) => {
      const start = performance.now();
      await task();
      return performance.now() - start;
    };
    for (let i = 0; i < warmup; i += 1) {
      await exportOnce();
      await floorOnce();
    }
    const exports: number[] = [];
    const floors: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      exports.push(await time(exportOnce));
      floors.push(await time(floorOnce));
    }
    await staticHost.close();
    return { pages, exports, floors };
  } finally {
    await browser.close();
  }
}
