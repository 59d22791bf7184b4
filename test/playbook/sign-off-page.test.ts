import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/contract/workspace';
import { playbookModel, type PlaybookModel } from '../../src/renderer/playbook/model';
// The app's i18next instance, bound to React as in the app.
import '../../src/renderer/i18n';
import { stressWorkspace } from './stress';

/**
 * The generic sign-off page (when no step of the agenda signs off itself) follows the one rule of
 * every sign-off page (src/domain/signatories.ts): at most 12 signature blocks, the teams in turn,
 * and the other participants named under them.
 */
// The test project does not compile the renderer's .tsx files (tsconfig.web.json does): the
// component is loaded as vitest loads any module, and typed here by its props.
const PARTS = '../../src/renderer/playbook/PlaybookParts.tsx';
const { SignOffSection } = (await import(/* @vite-ignore */ PARTS)) as { SignOffSection: FunctionComponent<{ workspace: Workspace; model: PlaybookModel }> };

function page(language: 'en' | 'da', participants: number): string {
  const workspace = stressWorkspace(language, { participants });
  return renderToStaticMarkup(createElement(SignOffSection, { workspace, model: playbookModel(workspace) }));
}

describe('the generic sign-off page', () => {
  it('holds 12 signature blocks for 40 participants and names the other 28 under them', () => {
    const html = page('en', 40);
    expect(html.match(/class="pb-signature"/g)).toHaveLength(12);
    const people = stressWorkspace('en', { participants: 40 }).steps['setup'] as { participants: { id: string; name: string }[] };
    const intro = 'The agreement binds the whole team: the other 28 participants, each listed with their role in the appendix, are ';
    expect(html).toContain(intro);
    const others = html.slice(html.indexOf(intro));
    // p-stress-2 (leadership) signs first; p-stress-12 (leadership, the fourth turn) is named below.
    expect(others).toContain(people.participants[12]!.name.replace(/&/g, '&amp;'));
    expect(html.indexOf(people.participants[2]!.name)).toBeLessThan(html.indexOf(people.participants[0]!.name));
  });

  it('gives each of 9 participants a block and names nobody else, in Danish too', () => {
    const html = page('da', 9);
    expect(html.match(/class="pb-signature"/g)).toHaveLength(9);
    expect(html).not.toContain('Aftalen gælder hele holdet');
    expect(page('da', 40)).toContain('Aftalen gælder hele holdet: de øvrige 28 deltagere, der står med deres roller i bilaget, er ');
  });
});
