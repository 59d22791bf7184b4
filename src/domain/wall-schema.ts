import { z } from 'zod';

/**
 * The shape of the current-state wall ("the blame wall"), the slice of the "Current state" step:
 * columns of cards, themes the room grouped them into, and dot votes. The rules (vote totals,
 * the dot budget, what an operation may do) are in ./wall.ts.
 *
 * Votes are counts of dots. A dot is placed either on a card or on a theme, never on both: a
 * theme's `votes` are the dots placed on the theme itself, its cards keep their own.
 */
const wallIdSchema = z.string().min(1).max(100);

export const MAX_COLUMNS = 20;
export const MAX_CARDS = 1000;
export const MAX_THEMES = 200;
export const MAX_DOTS_PER_PARTICIPANT = 50;
export const MAX_CARD_TEXT = 2000;
export const MAX_THEME_NAME = 300;
export const MAX_COLUMN_TITLE = 200;
export const MAX_VOTES = 10_000;

export const wallColumnSchema = z.object({ id: wallIdSchema, title: z.string().max(MAX_COLUMN_TITLE) });
export const wallCardSchema = z.object({
  id: wallIdSchema,
  /** The column the card was written in; it keeps it while grouped under a theme. */
  columnId: wallIdSchema,
  text: z.string().max(MAX_CARD_TEXT),
  /** The theme the room grouped it under, or null while ungrouped. */
  themeId: wallIdSchema.nullable(),
  votes: z.number().int().min(0).max(MAX_VOTES),
});
export const wallThemeSchema = z.object({
  id: wallIdSchema,
  name: z.string().max(MAX_THEME_NAME),
  /** Dots placed on the theme itself (its cards' dots are on the cards). */
  votes: z.number().int().min(0).max(MAX_VOTES),
  /** Marked by the room as a problem this playbook must solve. */
  problem: z.boolean(),
  /** The steps whose agreements answer this problem (step ids). */
  answeredBy: z.array(wallIdSchema).max(50),
});

export const wallSchema = z.object({
  columns: z.array(wallColumnSchema).max(MAX_COLUMNS),
  cards: z.array(wallCardSchema).max(MAX_CARDS),
  themes: z.array(wallThemeSchema).max(MAX_THEMES),
  /** How many dots each participant may place. */
  dotsPerParticipant: z.number().int().min(0).max(MAX_DOTS_PER_PARTICIPANT),
});

export type Wall = z.infer<typeof wallSchema>;
export type WallCard = z.infer<typeof wallCardSchema>;
export type WallTheme = z.infer<typeof wallThemeSchema>;
export type WallColumn = z.infer<typeof wallColumnSchema>;
