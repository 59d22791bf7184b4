import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Host } from './fixtures';

/** One call through the host's API from the page (with the page's token cookie); throws the service's error. */
export function callThroughHost<T>(page: Page, name: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ name: callName, input: callInput }) => {
      const response = await fetch(`/api/call/${callName}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(callInput) });
      const envelope = (await response.json()) as { ok: boolean; data?: unknown; error?: unknown };
      if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
      return envelope.data;
    },
    { name, input },
  ) as Promise<T>;
}

/**
 * Edits the workspace through the host's API, on the revision it has now: a test sets the stage
 * (a wall of many cards, a theme marked) without clicking it together.
 */
export async function editThroughHost(page: Page, workspaceId: string, ops: unknown[], options: { undoable?: boolean } = {}): Promise<void> {
  const opened = await callThroughHost<{ revision: number }>(page, 'workspace.open', { workspaceId });
  await callThroughHost(page, 'workspace.edit', { workspaceId, baseRevision: opened.revision, clientId: 'e2e', ops, ...(options.undoable === false ? { undoable: false } : {}) });
}

/** What the tests look for, as a user reads it. */
export const SAMPLE_EN = 'Sales and marketing alignment workshop (sample)';
export const SAMPLE_DA = 'Workshop om samspil mellem salg og marketing (eksempel)';

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The `.json` files in one of the data folder's subfolders (`workspaces`, `trash`). */
export async function jsonFilesIn(host: Host, folder: 'workspaces' | 'trash'): Promise<string[]> {
  const names = await readdir(join(host.dataDir, folder)).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith('.json')).sort();
}

/** Every workspace file in `workspaces/`, parsed where it parses. */
export async function workspaceFiles(host: Host): Promise<{ file: string; text: string; json: { id?: string; name?: string } | null }[]> {
  const files = await jsonFilesIn(host, 'workspaces');
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(join(host.dataDir, 'workspaces', file), 'utf8');
      let json: { id?: string; name?: string } | null = null;
      try {
        json = JSON.parse(text) as { id?: string; name?: string };
      } catch {
        json = null;
      }
      return { file, text, json };
    }),
  );
}

/** The names of the workspaces on disk, sorted. */
export async function namesOnDisk(host: Host): Promise<string[]> {
  return (await workspaceFiles(host)).map((entry) => entry.json?.name ?? `<unparsed ${entry.file}>`).sort();
}

/** The id of the workspace the page shows (`#/w/<id>`). */
export function workspaceIdOf(page: Page): string {
  const match = /#\/w\/([^/?#]+)/.exec(page.url());
  if (!match) throw new Error(`not on a workspace screen: ${page.url()}`);
  return decodeURIComponent(match[1]!);
}

export async function readWorkspaceFile(host: Host, workspaceId: string): Promise<{ name: string; clientCompany: string } & Record<string, unknown>> {
  return JSON.parse(await readFile(join(host.dataDir, 'workspaces', `${workspaceId}.json`), 'utf8')) as {
    name: string;
    clientCompany: string;
  };
}

/**
 * The open workspace's name as its screen shows it, as a title (the workspace screen's heading).
 * One place to change when the workspace screen changes its layout.
 */
export function workspaceTitle(page: Page, name: string) {
  return page.getByRole('main').getByText(name, { exact: true }).first();
}

/** Creates a workspace through the home screen's dialog (by mouse) and waits for its screen. */
export async function createWorkspace(page: Page, name: string, clientCompany: string): Promise<string> {
  await page.getByRole('button', { name: 'New workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workspace' });
  await dialog.getByLabel('Workspace name').fill(name);
  await dialog.getByLabel('Client company').fill(clientCompany);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByLabel('Workspace name')).toHaveValue(name);
  await expect(workspaceTitle(page, name)).toBeVisible();
  return workspaceIdOf(page);
}

/** The workspace screen's save state ("Saved", "Saving…", "Not saved"). */
export function saveState(page: Page) {
  // Other status regions (the notices, a step's timer) say other things.
  return page.getByRole('main').getByRole('status').filter({ hasText: SAVE_STATES });
}

/** What the save state can say, in English and Danish (src/i18n/<lang>/workspace.json). */
const SAVE_STATES = /^(Saved|Saving…|Not saved|Changed elsewhere|Taken over|Gemt|Gemmer…|Ikke gemt|Ændret andetsteds|Overtaget)/;

/** Today's month in Danish, as `Intl` writes it in a long date ("november"). */
export function danishMonthToday(): string {
  return new Intl.DateTimeFormat('da-DK', { month: 'long' }).format(new Date());
}

/** What a projected view looks like on screen, measured in the presenter page. */
export interface PresenterMetrics {
  /** How far the presenter or the page scrolls (0: no scrollbar). */
  overflowX: number;
  overflowY: number;
  pageX: number;
  pageY: number;
  /** Elements of the step's view that run out of the view's box (cut off or hidden). */
  outside: number;
  /** The font size (px) that carries the most visible characters of the step's view. */
  dominantPx: number;
  /** The smallest font size (px) of the elements `smallestOf` names (Infinity without it or without any). */
  smallestPx: number;
}

/**
 * Measures the projected step: scrollbars, anything outside the projector's frame, the dominant
 * text size (each text node's characters counted at its computed size) and, given a selector, the
 * smallest text among what it names (a matrix's letters, a points table's criteria).
 */
export function presenterMetrics(page: Page, smallestOf?: string): Promise<PresenterMetrics> {
  return page.evaluate((smallestSelector) => {
    const root = document.querySelector('.presenter')!;
    const frame = document.querySelector('.presenter__fit');
    const bounds = (frame ?? root).getBoundingClientRect();
    let outside = 0;
    const weights = new Map<number, number>();
    const walker = document.createTreeWalker(frame ?? root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('.visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // A glyph box reaches a little above and below its line (the font's ascent and descent):
      // a tenth of its height past the frame is empty space, not text cut off.
      const slack = Math.max(1, box.height / 10);
      if (box.right > bounds.right + slack || box.bottom > bounds.bottom + slack || box.left < bounds.left - slack || box.top < bounds.top - slack) outside += 1;
      const size = Math.round(parseFloat(getComputedStyle(parent).fontSize) * 10) / 10;
      weights.set(size, (weights.get(size) ?? 0) + text.length);
    }
    const dominantPx = [...weights.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
    return {
      overflowX: root.scrollWidth - root.clientWidth,
      overflowY: root.scrollHeight - root.clientHeight,
      pageX: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
      pageY: Math.max(0, document.documentElement.scrollHeight - window.innerHeight),
      outside,
      dominantPx,
      smallestPx: smallestSelector ? Math.min(...Array.from(document.querySelectorAll(smallestSelector), (el) => parseFloat(getComputedStyle(el).fontSize))) : Infinity,
    };
  }, smallestOf);
}

/** The projector sizes every step's presenter view is checked at. */
export const PROJECTOR_SIZES = [
  [1280, 720],
  [1920, 1080],
] as const;
