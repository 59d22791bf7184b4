/**
 * Printing a workspace file's playbook outside the desktop app: the browser host in this process
 * (electron/web-host/server.ts) on a temporary data folder into which the file is imported, and
 * Chromium (Playwright) printing the print route with the same print options module the app uses
 * (src/contract/print-options.ts). Used by `npm run playbook:pdf`, the tests and the benchmark.
 */
import i18next, { type TFunction } from 'i18next';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { ServiceFailure, type ServiceError } from '../../src/contract/errors';
import {
  PLAYBOOK_ERROR_ATTRIBUTE,
  PLAYBOOK_READY_ATTRIBUTE,
  PLAYBOOK_READY_TIMEOUT_MS,
  playwrightPdfOptions,
  printRoute,
  type PlaybookOptions,
} from '../../src/contract/print-options';
import type { Language } from '../../src/contract/workspace';
import { allCatalogs as catalogs, allNamespaces as namespaces } from '../../src/steps/catalogs';
import { finishPdf, PREPARE_PRINT, type PdfMetadata, type PreparedPrint } from '../../electron/main/pdf-finish';
import { createWorkspaceService, type WorkspaceService } from '../../electron/service/workspace-service';
import { startWebHost, type WebHost } from '../../electron/web-host/server';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const STATIC_DIR = join(root, 'out', 'renderer');
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** Debian's Chromium, headless, with nothing reaching out to the network (../shared/DESIGN.md). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** An error the command line says in a sentence (in the language of the environment) and exits 1 on. */
export class PlaybookPrintError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlaybookPrintError';
  }
}

/** The command line's language: Danish when the environment's locale is Danish, else English. */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return locale.toLowerCase().startsWith('da') ? 'da' : 'en';
}

const translators = new Map<Language, TFunction>();

/** A translator fixed to a language, with every catalog (default namespace: playbook). */
export function workspaceT(language: Language): TFunction {
  let t = translators.get(language);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({ resources: catalogs, lng: language, ns: [...namespaces], defaultNS: 'playbook', fallbackLng: false, interpolation: { escapeValue: false }, initAsync: false, showSupportNotice: false });
    t = instance.getFixedT(language);
    translators.set(language, t);
  }
  return t;
}

/** The command line's own translator, in the environment's language. */
export function cliT(): TFunction {
  return workspaceT(cliLanguage());
}

/** A service error as the app would say it (errors:<code>, with a damage reason translated). */
export function errorSentence(error: ServiceError): string {
  const t = cliT();
  const params: Record<string, string | number | boolean> = { ...error.params };
  if (typeof error.params['reason'] === 'string') params['reasonText'] = t(`home:damage.${error.params['reason']}`, { defaultValue: error.params['reason'] });
  return t(`errors:${error.code}`, params);
}

export interface PlaybookHost {
  /** The browser host's address with its token (`http://127.0.0.1:PORT/?token=…`). */
  url: string;
  workspaceId: string;
  service: WorkspaceService;
  host: WebHost;
  close(): Promise<void>;
}

/**
 * Starts the browser host on a fresh temporary data folder and imports the workspace file into it,
 * as the app's import does: a damaged file, or one of a newer version, is refused with the app's
 * own message, and nothing is left behind.
 */
export async function startPlaybookHost(file: string, { staticDir = STATIC_DIR }: { staticDir?: string } = {}): Promise<PlaybookHost> {
  const t = cliT();
  if (!existsSync(join(staticDir, 'index.html'))) throw new PlaybookPrintError(t('cli.notBuilt'));
  let content: string;
  try {
    content = await readFile(resolve(file), 'utf8');
  } catch (error) {
    throw new PlaybookPrintError(t('cli.cannotRead', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'samspil-playbook-'));
  const service = await createWorkspaceService({ dataDir, watchIntervalMs: 0 });
  const cleanUp = async () => {
    await service.close().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  };
  let workspaceId: string;
  try {
    workspaceId = (await service.call('workspace.import', { fileName: basename(file), content })).workspaceId;
  } catch (error) {
    await cleanUp();
    if (error instanceof ServiceFailure) throw new PlaybookPrintError(errorSentence(error.error));
    throw error;
  }
  const host = await startWebHost({ service, staticDir });
  return {
    url: host.url,
    workspaceId,
    service,
    host,
    close: async () => {
      await host.close();
      await cleanUp();
    },
  };
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new PlaybookPrintError(cliT()('cli.noChromium', { path: CHROMIUM_PATH }));
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface PrintedPlaybook {
  pdf: Buffer;
  /** The pages the layout made (the PDF must have as many). */
  pages: number;
  /** What the layout's overflow guard found (src/renderer/playbook/paginate-guard.ts): nothing, or a defect. */
  overflow: PreparedPrint['overflow'];
  /** How each page was laid out (for the layout's tests). */
  layout: PreparedPrint['layout'];
  metadata: PdfMetadata;
}

/**
 * Opens the print route in a new browser context, waits for the fonts and the paged layout, and
 * prints it with the shared print options.
 */
export async function printPlaybook(browser: Browser, host: Pick<PlaybookHost, 'url' | 'workspaceId'>, options: PlaybookOptions, timeoutMs = PLAYBOOK_READY_TIMEOUT_MS): Promise<PrintedPlaybook> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // A page that fails to start (a script error) says so at once, not after the timeout.
    const failed = new Promise<never>((_, reject) => {
      page.once('pageerror', (error) => reject(new PlaybookPrintError(errorSentence({ code: 'playbook_failed', params: { reason: error.message } }))));
    });
    failed.catch(() => undefined);
    await page.goto(`${host.url}${printRoute(host.workspaceId, options)}`);
    const ready = page
      .waitForFunction(
        ([ready, failed]) => {
          const html = document.documentElement;
          return html.getAttribute(ready) ? 'ready' : html.getAttribute(failed) ? `error:${html.getAttribute(failed)}` : false;
        },
        [PLAYBOOK_READY_ATTRIBUTE, PLAYBOOK_ERROR_ATTRIBUTE] as const,
        { timeout: timeoutMs, polling: 50 },
      )
      .then((handle) => handle.jsonValue())
      .catch((error: unknown) => {
        if (error instanceof Error && error.name === 'TimeoutError') throw new PlaybookPrintError(errorSentence({ code: 'playbook_timeout', params: { seconds: Math.round(timeoutMs / 100) / 10 } }));
        throw error;
      });
    const state = await Promise.race([ready, failed]);
    if (state !== 'ready') throw new PlaybookPrintError(errorSentence({ code: 'playbook_failed', params: { reason: String(state).replace(/^error:/, '') } }));
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pages = Number(await page.evaluate(() => document.documentElement.getAttribute('data-playbook-pages')));
    const prepared = (await page.evaluate(PREPARE_PRINT)) as PreparedPrint;
    if (!prepared.metadata) throw new PlaybookPrintError(errorSentence({ code: 'playbook_failed', params: { reason: 'no PDF metadata on the page' } }));
    const pdf = finishPdf(await page.pdf(playwrightPdfOptions(options.paper)), prepared.metadata, options.paper);
    return { pdf, pages, overflow: prepared.overflow, layout: prepared.layout, metadata: prepared.metadata };
  } finally {
    await context.close();
  }
}
