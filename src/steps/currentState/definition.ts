import { stepCatalogs, type StepDefinition } from '../../contract/step-definition';
import type { Language } from '../../contract/workspace';
import { cardsOfColumn, problemsOf, rankedThemes, themeOfCard } from '../../domain/wall';
import { wallSchema, type Wall } from '../../domain/wall-schema';
import { block, escapeMarkdown, markdownTable } from '../kit/markdown';
import da from './i18n/da.json';
import en from './i18n/en.json';
import { sampleCurrentState } from './sample';

export { wallCardSchema, wallColumnSchema, wallThemeSchema } from '../../domain/wall-schema';
export type { WallCard, WallColumn, WallTheme } from '../../domain/wall-schema';

/**
 * Current state, "the blame wall": each side writes its frustrations as cards in columns, the room
 * groups them into themes and dot-votes, and the top themes become the problems the playbook
 * must answer (`problems`: every later step lists them and answers them). The slice's schema and
 * its rules live in the core (src/domain/wall-schema.ts and wall.ts).
 */
export const currentStateSliceSchema = wallSchema;
export type CurrentStateSlice = Wall;

const DEFAULT_COLUMNS: Record<Language, [string, string, string]> = {
  en: ['What sales says about marketing', 'What marketing says about sales', 'What already works'],
  da: ['Det siger salg om marketing', 'Det siger marketing om salg', 'Det virker allerede'],
};

export const currentStateStep = {
  id: 'currentState',
  icon: 'messages-square',
  version: 1,
  schema: currentStateSliceSchema,
  migrations: {},
  defaults: ({ language }) => ({
    columns: DEFAULT_COLUMNS[language].map((title, i) => ({ id: ['sales-on-marketing', 'marketing-on-sales', 'what-works'][i]!, title })),
    cards: [],
    themes: [],
    dotsPerParticipant: 3,
  }),
  sample: ({ language }) => sampleCurrentState(language),
  catalogs: stepCatalogs(en, da),
  problems: {
    list: (wall) => problemsOf(wall).map(({ theme, votes, answeredBy }) => ({ id: theme.id, name: theme.name, votes, answeredBy })),
    markAnswered: (problemId, answeredBy) => [
      { type: 'set', path: ['steps', 'currentState', 'themes', { id: problemId }, 'answeredBy'], value: [...answeredBy] },
    ],
  },
  markdown: (wall, { options, t, format }) => {
    // Ranked by the wall's own rules (src/domain/wall.ts), as the step's playbook section ranks them.
    const themes = rankedThemes(wall);
    const themeTable =
      themes.length === 0
        ? t('markdown.noThemes')
        : markdownTable(
            [t('markdown.theme'), t('markdown.votes'), t('markdown.cards'), t('markdown.problem')],
            themes.map((tally) => [tally.theme.name, format.number(tally.total), format.number(tally.cards.length), tally.theme.problem ? t('markdown.yes') : '']),
            [1, 2],
          );
    if (options.cards === 'themes') return block(`### ${t('markdown.themes')}`, themeTable);
    const columns = wall.columns.map((column) => {
      const cards = cardsOfColumn(wall, column.id);
      if (cards.length === 0) return null;
      return block(
        `### ${escapeMarkdown(column.title)}`,
        markdownTable(
          [t('markdown.card'), t('markdown.theme'), t('markdown.votes')],
          cards.map((card) => [card.text, themeOfCard(wall, card)?.name ?? t('markdown.ungrouped'), format.number(card.votes)]),
          [2],
        ),
      );
    });
    return block(`### ${t('markdown.themes')}`, themeTable, ...columns);
  },
} as const satisfies StepDefinition<'currentState', typeof currentStateSliceSchema>;
