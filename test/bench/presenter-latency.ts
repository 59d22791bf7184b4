/**
 * Part of `npm run bench`: how fast the projector follows the facilitator. Two Chromium pages on
 * the browser host: the facilitator page clicks "Next step" / "Previous step", the presenter page
 * notes when its title changes. Both pages read the same wall clock (Date.now on one machine).
 * The floor is the same trip without the app: the facilitator page POSTs a no-op call and the
 * presenter page's own EventSource hears a service event, both measured the same way.
 * "Painted" is the presenter's next animation frame after its title changed: the step's view
 * has rendered, been fitted to the screen (FitFrame) and is about to be painted.
 * Target: p95 under 100 ms (issue 10). A report, never a failing test.
 *
 * Also here, as the build is fresh: the first load of the app (the home screen), in gzipped
 * JavaScript: the entry script and every chunk index.html preloads. Budget: 250 KB.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright';
import { createHostDispatch } from '../../electron/service/host-dispatch';
import { createWorkspaceService } from '../../electron/service/workspace-service';
import { browserHostHandlers } from '../../electron/web-host/host-calls';
import { startWebHost } from '../../electron/web-host/server';

const MOVES = Number(process.env['BENCH_PRESENTER_MOVES'] ?? 40);
const TARGET_MS = 100;
const FIRST_LOAD_BUDGET = 250 * 1024;

/** The gzipped size of what the home screen loads first: index.html's scripts and preloads. */
async function firstLoadBytes(rendererDir: string): Promise<{ total: number; files: [string, number][] }> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  const files = await Promise.all(scripts.map(async (file): Promise<[string, number]> => [file, gzipSync(await readFile(join(rendererDir, file))).length]));
  return { total: files.reduce((sum, [, size]) => sum + size, 0), files };
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
}

/** Resolves, in the page, with Date.now() at the frame painted after the presenter's content changed. */
function nextTitleChange(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          requestAnimationFrame(() => done(Date.now()));
        });
        observer.observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true });
      }),
  );
}

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..', '..');
  const dataDir = await mkdtemp(join(tmpdir(), 'samspil-bench-presenter-'));
  const service = await createWorkspaceService({ dataDir, watchIntervalMs: 0 });
  const host = await startWebHost({
    service,
    dispatch: createHostDispatch(service, browserHostHandlers({ dataDir })),
    staticDir: join(root, 'out', 'renderer'),
  });
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
    const facilitator = await context.newPage();
    await facilitator.goto(host.url);
    await facilitator.getByRole('button', { name: 'Open', exact: true }).first().click();
    await facilitator.getByRole('button', { name: 'Next step', exact: true }).waitFor();
    const workspaceId = /#\/w\/([^/?#]+)/.exec(facilitator.url())![1]!;
    // The projector is a window of its own, as in the app: a page in a background tab of the
    // same window would be throttled by Chromium.
    const presenterContext = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 720 } });
    const presenterUrl = new URL(host.url);
    await presenterContext.addCookies([{ name: `samspil_token_${presenterUrl.port}`, value: host.token, url: presenterUrl.origin }]);
    const presenter = await presenterContext.newPage();
    await presenter.goto(`${host.url}#/present/${workspaceId}`);
    await presenter.locator('h1').first().waitFor();

    const app: number[] = [];
    for (let i = 0; i < MOVES + 3; i += 1) {
      const changed = nextTitleChange(presenter);
      const button = i % 2 === 0 ? 'Next step' : 'Previous step';
      // The click itself, not Playwright's finding of the button (an ARIA query of a whole step's
      // page can take longer than the app's own work): the button is found first, then clicked.
      const handle = await facilitator.getByRole('button', { name: button, exact: true }).elementHandle();
      const clickedAt = await facilitator.evaluate((element) => {
        const at = Date.now();
        (element as HTMLButtonElement).click();
        return at;
      }, handle);
      const seenAt = await changed;
      if (i >= 3) app.push(seenAt - clickedAt);
    }

    // The floor: a POST from one page, the service's event heard by a bare EventSource in the other.
    await presenter.evaluate(() => {
      const source = new EventSource('/api/events');
      (window as unknown as { benchSource: EventSource }).benchSource = source;
    });
    const floor: number[] = [];
    for (let i = 0; i < MOVES + 3; i += 1) {
      const heard = presenter.evaluate(
        () =>
          new Promise<number>((done) => {
            const source = (window as unknown as { benchSource: EventSource }).benchSource;
            source.addEventListener('message', () => done(Date.now()), { once: true });
          }),
      );
      const sentAt = await facilitator.evaluate(async (id) => {
        const at = Date.now();
        await fetch('/api/call/workspace.edit', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ workspaceId: id, baseRevision: 0, clientId: 'bench-floor', undoable: false, ops: [{ type: 'set', path: ['session', 'presenterTheme'], value: 'dark' }] }),
        });
        return at;
      }, workspaceId);
      const heardAt = await heard;
      if (i >= 3) floor.push(heardAt - sentAt);
    }
    const real = stats(app);
    const bare = stats(floor);
    console.log('\nPresenter follows the facilitator (two Chromium pages on the browser host):');
    console.log(`  "Next step" clicked → presenter painted         median ${real.median} ms, p95 ${real.p95} ms (${app.length} moves)`);
    console.log(`  floor: POST edit → bare EventSource event       median ${bare.median} ms, p95 ${bare.p95} ms`);
    console.log(`  ${real.p95 < TARGET_MS ? 'met   ' : 'MISSED'} presenter p95 < ${TARGET_MS} ms`);
    const load = await firstLoadBytes(join(root, 'out', 'renderer'));
    console.log('\nFirst load (the home screen), gzipped JavaScript:');
    for (const [file, size] of load.files) console.log(`  ${file.padEnd(44)} ${(size / 1024).toFixed(1).padStart(7)} KB`);
    console.log(`  total                                        ${(load.total / 1024).toFixed(1).padStart(7)} KB`);
    console.log(`  ${load.total <= FIRST_LOAD_BUDGET ? 'met   ' : 'MISSED'} first load ≤ ${FIRST_LOAD_BUDGET / 1024} KB gzipped`);
  } finally {
    await browser.close();
    await host.close();
    await service.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
