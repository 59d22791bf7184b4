import type { StepDefinition } from '../../contract/step-definition';
import type { Language } from '../../contract/workspace';
import { wallSchema, type Wall } from '../../domain/wall-schema';

export { wallCardSchema, wallColumnSchema, wallThemeSchema } from '../../domain/wall-schema';
export type { WallCard, WallColumn, WallTheme } from '../../domain/wall-schema';

/**
 * Current state, "the blame wall": each side writes its frustrations as cards in columns, the room
 * groups them into themes and dot-votes, and the top themes become the problems the playbook
 * must answer (each later step can say it answers one). The slice's schema and its rules live in
 * the core (src/domain/wall-schema.ts and wall.ts), where the sample and the playbook use them too.
 */
export const currentStateSliceSchema = wallSchema;
export type CurrentStateSlice = Wall;

const DEFAULT_COLUMNS: Record<Language, [string, string, string]> = {
  en: ['What sales says about marketing', 'What marketing says about sales', 'What already works'],
  da: ['Det siger salg om marketing', 'Det siger marketing om salg', 'Det virker allerede'],
};

export const currentStateStep = {
  id: 'currentState',
  titleKey: 'steps:currentState.title',
  icon: 'messages-square',
  introducedIn: 3,
  schema: currentStateSliceSchema,
  defaults: ({ language }) => ({
    columns: DEFAULT_COLUMNS[language].map((title, i) => ({ id: ['sales-on-marketing', 'marketing-on-sales', 'what-works'][i]!, title })),
    cards: [],
    themes: [],
    dotsPerParticipant: 3,
  }),
  migrations: {},
} as const satisfies StepDefinition<'currentState', typeof currentStateSliceSchema>;
