import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaybookOptions } from '../../contract/print-options';
import type { Workspace } from '../../contract/workspace';
import { playbookFontsReady } from './fonts';
import { paginate, type Overflow, type PageFrame } from './paginate';
import { hasViews } from '../steps/registry';
import { useAllStepViews } from '../steps/use-step-views';
import { playbookModel } from './model';
import { PlaybookDocument, type CoverHeading } from './PlaybookDocument';
import { PDF_METADATA_ATTRIBUTE, playbookPdfMetadata } from './pdf-metadata';
import { playbookSettingsOf, type Consultant } from '../../contract/consultant';

export interface LaidOut {
  pages: number;
  /** The page where each section starts, by its contents key. */
  targets: Record<string, number>;
  /** How long the measured layout took, in milliseconds (fonts already loaded). */
  layoutMs: number;
  /** Blocks that run past their page (the overflow guard): none, or a defect to fix. */
  overflow: Overflow[];
}

interface Props {
  workspace: Workspace;
  options: PlaybookOptions;
  /** Called after every layout (the first, and after each change of the workspace or options). */
  onLaidOut?: (result: LaidOut) => void;
  onLayoutError?: (error: Error) => void;
  /** The cover title's level: h1 when printed (the default), h2 in the app's preview (see PlaybookDocument). */
  coverHeading?: CoverHeading;
}

/**
 * The playbook in pages: the document rendered (hidden) as the source, laid out into page boxes
 * of the chosen paper by the measured layout (paginate.ts) once the fonts are in, and shown. The
 * same pages are the preview on screen and what the print engine prints, one box per sheet.
 */
export function PagedPlaybook({ workspace, options, onLaidOut, onLayoutError, coverHeading }: Props) {
  const { t } = useTranslation('playbook', { lng: workspace.language });
  const sourceRef = useRef<HTMLDivElement>(null);
  const pagesRef = useRef<HTMLDivElement>(null);
  // What the layout needs besides the workspace and options: the latest, without laying out again.
  const latest = useRef({ onLaidOut, onLayoutError, t });
  useLayoutEffect(() => {
    latest.current = { onLaidOut, onLayoutError, t };
  });
  // Each section's views are a chunk of their own: every one is loaded before the first layout.
  const sectionIds = playbookModel(workspace, hasViews).sections.map((section) => section.stepId);
  const views = useAllStepViews(sectionIds);
  const viewsReady = views !== null;

  useEffect(() => {
    let cancelled = false;
    if (!viewsReady) return;
    void (async () => {
      await playbookFontsReady();
      const source = sourceRef.current;
      const target = pagesRef.current;
      if (cancelled || !source || !target) return;
      // Laid out off screen (but laid out: measuring needs it), then swapped in whole.
      const staging = document.createElement('div');
      staging.className = 'pb-staging';
      document.body.append(staging);
      const started = performance.now();
      const { t: translate } = latest.current;
      const client = workspace.clientCompany || workspace.name;
      try {
        const runningTitle = translate('document.runningTitle');
        // The running header names the client and the consultant's firm (with its logo); the footer
        // carries the document control line, never the workspace's internal name.
        const { consultant, control } = playbookSettingsOf(workspace);
        const footerText = translate('document.footer', { version: control.version, status: translate(`document.control.statusesInline.${control.status}`) });
        const createPage = pageFactory(staging, { paper: options.paper, language: workspace.language, client, title: footerText, runningTitle: consultant.firmName || runningTitle, consultant });
        const titles = sectionTitles(source);
        const prepare = (block: Element) => {
          for (const node of [block, ...Array.from(block.querySelectorAll('[data-toc-title]'))]) {
            const title = titles[node.getAttribute('data-toc-title') ?? ''];
            if (title) node.textContent = title;
          }
        };
        const result = paginate(source.firstElementChild ?? source, { createPage, prepare });
        const total = result.pages.length;
        result.pages.forEach((page, index) => {
          const number = page.querySelector('.pb-page__number');
          if (number) number.textContent = translate('document.pageOf', { page: index + 1, total });
          // How the page was laid out, for the tests of the layout (a page opened by a full page
          // before it, and nearly empty, is a defect).
          page.dataset['pbStart'] = result.layout[index]!.start;
          page.dataset['pbFilled'] = result.layout[index]!.filled.toFixed(3);
          for (const ref of Array.from(page.querySelectorAll('[data-toc-page]'))) {
            ref.textContent = String(result.targets[ref.getAttribute('data-toc-page')!] ?? '');
          }
        });
        if (result.oversize > 0) console.warn(`samspil: ${result.oversize} block(s) of the playbook are taller than a page`);
        for (const overflow of result.overflow) console.warn(`samspil: page ${overflow.page}: ${overflow.what} runs ${overflow.by}px past the page`);
        target.replaceChildren(...result.pages);
        // For printers and tests: what the guard found, readable from the page.
        target.setAttribute('data-pb-overflow', JSON.stringify(result.overflow));
        target.setAttribute('data-pb-passes', String(result.passes));
        target.setAttribute('data-pb-split-tables', String(result.splitTables));
        target.setAttribute(PDF_METADATA_ATTRIBUTE, JSON.stringify(playbookPdfMetadata(workspace, translate)));
        latest.current.onLaidOut?.({ pages: total, targets: result.targets, layoutMs: performance.now() - started, overflow: result.overflow });
      } catch (error) {
        latest.current.onLayoutError?.(error instanceof Error ? error : new Error(String(error)));
      } finally {
        staging.remove();
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [workspace, options, viewsReady]);

  return (
    <div className="pb-root">
      <div
        ref={pagesRef}
        className="pb-pages"
        onClick={(event) => {
          // The contents' links jump within the pages; the app's routes live in the hash too.
          const link = (event.target as Element).closest('a[href^="#pb-sec-"]');
          if (!link) return;
          event.preventDefault();
          pagesRef.current?.querySelector(link.getAttribute('href')!)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
        }}
      />
      <div ref={sourceRef} className="pb-source" aria-hidden="true">
        {views ? <PlaybookDocument workspace={workspace} options={options} views={views} coverHeading={coverHeading} /> : null}
      </div>
    </div>
  );
}

/**
 * Each section's title as its own heading says it (a step's section may title itself more fully
 * than the step's name), so that the contents and the references name what the reader finds.
 */
function sectionTitles(source: Element): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const section of Array.from(source.querySelectorAll('[data-toc-target]'))) {
    const heading = section.querySelector('h1, h2');
    const text = heading?.textContent?.trim();
    if (text) titles[section.getAttribute('data-toc-target')!] = text;
  }
  return titles;
}

interface Chrome {
  paper: PlaybookOptions['paper'];
  language: string;
  client: string;
  /** The footer's line (document control). */
  title: string;
  runningTitle: string;
  consultant: Consultant;
}

/** A darker shade of #rrggbb (for headings on white), mixing in `share` of black. */
export function darker(hex: string, share = 0.25): string {
  const channels = [1, 3, 5].map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * (1 - share)));
  return `#${channels.map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

/** Page boxes with the running header (client, title) and the footer (page number set later). */
function pageFactory(staging: HTMLElement, chrome: Chrome): (index: number, first: boolean) => PageFrame {
  const element = (tag: string, className: string, text?: string) => {
    const node = document.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  return (index, first) => {
    const page = element('div', `pb-page pb-page--${chrome.paper.toLowerCase()}${first ? ' pb-page--cover' : ''}`);
    page.lang = chrome.language;
    page.dataset['page'] = String(index + 1);
    page.style.setProperty('--pb-accent', chrome.consultant.accent);
    page.style.setProperty('--pb-accent-dark', darker(chrome.consultant.accent));
    const header = element('div', 'pb-page__header');
    header.setAttribute('aria-hidden', 'true');
    const running = element('span', 'pb-page__running');
    if (chrome.consultant.logo) {
      const logo = element('img', 'pb-page__logo') as HTMLImageElement;
      logo.src = `data:${chrome.consultant.logo.mediaType};base64,${chrome.consultant.logo.data}`;
      logo.alt = '';
      running.append(logo);
    }
    running.append(chrome.runningTitle);
    header.append(element('span', 'pb-page__client', chrome.client), running);
    const body = element('div', 'pb-page__body');
    const footer = element('div', 'pb-page__footer');
    footer.setAttribute('aria-hidden', 'true');
    footer.append(element('span', 'pb-page__title', chrome.title), element('span', 'pb-page__number'));
    page.append(header, body, footer);
    staging.append(page);
    return { page, body };
  };
}
