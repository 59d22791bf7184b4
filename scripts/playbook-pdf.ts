/**
 * `npm run playbook:pdf -- WORKSPACE.json OUT.pdf [--paper A4|Letter] [--notes] [--cards full|themes]
 * [--markdown OUT.md] [--timeout SECONDS] [--layout-report OUT.json]`: prints a workspace file's playbook to PDF through the
 * browser host and Chromium, with the print options the app uses (src/contract/print-options.ts),
 * and with --markdown also writes the playbook's Markdown (the app's own export). The harness of
 * the playbook tests, and a way to batch-export. A file that is damaged or of a newer version gets the
 * app's own message and no PDF (exit 1); a wrong command line exits 2. Needs the built renderer
 * (`npm run build`) and Chromium (`/usr/bin/chromium`, or CHROMIUM_PATH).
 */
import { writeFileDurably } from '../electron/service/durable-file';
import { cardsModeSchema, paperSchema, PLAYBOOK_READY_TIMEOUT_MS, type PlaybookOptions } from '../src/contract/print-options';
import { playbookMarkdown } from '../src/renderer/playbook/markdown';
import { cliT, launchChromium, PlaybookPrintError, printPlaybook, startPlaybookHost, workspaceT } from './playbook/print';

interface Command {
  file: string;
  out: string;
  options: PlaybookOptions;
  markdown: string | null;
  /** Where to write how the pages were laid out (overflow, fill, page starts, metadata): for tests. */
  layoutReport: string | null;
  timeoutMs: number;
}

function parseArgs(args: string[]): Command | string {
  const t = cliT();
  const positional: string[] = [];
  const options: PlaybookOptions = { paper: 'A4', includeNotes: false, cards: 'themes' };
  let timeoutMs = PLAYBOOK_READY_TIMEOUT_MS;
  let markdown: string | null = null;
  let layoutReport: string | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const [flag, inline] = args[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? args[++i] ?? '';
    if (flag === '--paper') {
      const paper = paperSchema.safeParse(value().replace(/^letter$/i, 'Letter').replace(/^a4$/i, 'A4'));
      if (!paper.success) return t('cli.badOption', { option: '--paper', allowed: paperSchema.options.join(', ') });
      options.paper = paper.data;
    } else if (flag === '--cards') {
      const cards = cardsModeSchema.safeParse(value());
      if (!cards.success) return t('cli.badOption', { option: '--cards', allowed: cardsModeSchema.options.join(', ') });
      options.cards = cards.data;
    } else if (flag === '--layout-report') {
      layoutReport = value();
      if (!layoutReport) return t('cli.usage');
    } else if (flag === '--markdown') {
      markdown = value();
      if (!markdown) return t('cli.usage');
    } else if (flag === '--notes') {
      options.includeNotes = true;
    } else if (flag === '--timeout') {
      const seconds = Number(value());
      if (!Number.isFinite(seconds) || seconds <= 0) return t('cli.badOption', { option: '--timeout', allowed: '1, 2, 3 …' });
      timeoutMs = seconds * 1000;
    } else if (flag.startsWith('--')) {
      return t('cli.unknownOption', { option: flag });
    } else {
      positional.push(args[i]!);
    }
  }
  if (positional.length !== 2) return t('cli.usage');
  return { file: positional[0]!, out: positional[1]!, options, markdown, layoutReport, timeoutMs };
}

async function main(): Promise<number> {
  const command = parseArgs(process.argv.slice(2));
  if (typeof command === 'string') {
    console.error(command);
    return 2;
  }
  const t = cliT();
  const host = await startPlaybookHost(command.file);
  try {
    const browser = await launchChromium();
    try {
      const started = performance.now();
      const printed = await printPlaybook(browser, host, command.options, command.timeoutMs);
      await writeFileDurably(command.out, printed.pdf);
      // The layout's overflow guard: a figure cut off at a page's edge is a defect, said aloud.
      for (const overflow of printed.overflow) console.error(t('cli.overflow', { ...overflow }));
      if (command.layoutReport) {
        const { pages, overflow, layout, metadata } = printed;
        await writeFileDurably(command.layoutReport, `${JSON.stringify({ pages, overflow, layout, metadata }, null, 2)}\n`);
      }
      if (command.markdown) {
        const { workspace } = await host.service.call('workspace.open', { workspaceId: host.workspaceId });
        await writeFileDurably(command.markdown, playbookMarkdown(workspace, command.options, workspaceT(workspace.language)));
      }
      console.log(t('cli.written', { file: command.out, count: printed.pages, seconds: ((performance.now() - started) / 1000).toFixed(1) }));
    } finally {
      await browser.close();
    }
  } finally {
    await host.close();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof PlaybookPrintError ? `samspil: ${error.message}` : error);
    process.exit(1);
  },
);
