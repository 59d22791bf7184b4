import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaybookOptions } from '../../contract/print-options';
import type { Workspace } from '../../contract/workspace';
import { playbookFontsReady } from './fonts';
import { paginate, type PageFrame } from './paginate';
import { PlaybookDocument } from './PlaybookDocument';

export interface LaidOut {
  pages: number;
  /** The page where each section starts, by its contents key. */
  targets: Record<string, number>;
  /** How long the measured layout took, in milliseconds (fonts already loaded). */
  layoutMs: number;
}

interface Props {
  workspace: Workspace;
  options: PlaybookOptions;
  /** Called after every layout (the first, and after each change of the workspace or options). */
  onLaidOut?: (result: LaidOut) => void;
  onLayoutError?: (error: Error) => void;
}

/**
 * The playbook in pages: the document rendered (hidden) as the source, laid out into page boxes
 * of the chosen paper by the measured layout (paginate.ts) once the fonts are in, and shown. The
 * same pages are the preview on screen and what the print engine prints, one box per sheet.
 */
export function PagedPlaybook({ workspace, options, onLaidOut, onLayoutError }: Props) {
  const { t } = useTranslation('playbook', { lng: workspace.language });
  const sourceRef = useRef<HTMLDivElement>(null);
  const pagesRef = useRef<HTMLDivElement>(null);
  // What the layout needs besides the workspace and options: the latest, without laying out again.
  const latest = useRef({ onLaidOut, onLayoutError, t });
  useLayoutEffect(() => {
    latest.current = { onLaidOut, onLayoutError, t };
  });

  useEffect(() => {
    let cancelled = false;
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
        const createPage = pageFactory(staging, { paper: options.paper, language: workspace.language, client, title: workspace.name, runningTitle });
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
          for (const ref of Array.from(page.querySelectorAll('[data-toc-page]'))) {
            ref.textContent = String(result.targets[ref.getAttribute('data-toc-page')!] ?? '');
          }
        });
        if (result.oversize > 0) console.warn(`samspil: ${result.oversize} block(s) of the playbook are taller than a page`);
        target.replaceChildren(...result.pages);
        latest.current.onLaidOut?.({ pages: total, targets: result.targets, layoutMs: performance.now() - started });
      } catch (error) {
        latest.current.onLayoutError?.(error instanceof Error ? error : new Error(String(error)));
      } finally {
        staging.remove();
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [workspace, options]);

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
        <PlaybookDocument workspace={workspace} options={options} />
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
  title: string;
  runningTitle: string;
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
    const header = element('div', 'pb-page__header');
    header.setAttribute('aria-hidden', 'true');
    header.append(element('span', 'pb-page__client', chrome.client), element('span', 'pb-page__running', chrome.runningTitle));
    const body = element('div', 'pb-page__body');
    const footer = element('div', 'pb-page__footer');
    footer.setAttribute('aria-hidden', 'true');
    footer.append(element('span', 'pb-page__title', chrome.title), element('span', 'pb-page__number'));
    page.append(header, body, footer);
    staging.append(page);
    return { page, body };
  };
}
