import { problemsOf } from '../../domain/wall';
import { wallSchema } from '../../domain/wall-schema';

/** Where the wall lives: read through its schema in the core, never through its step's folder. */
const WALL_STEP_ID = 'currentState';

/**
 * The problems the room marked on the current-state wall (most votes first), for the step's
 * clauses to answer: none when the wall is missing or does not parse.
 *
 * @example
 * wallProblems(workspace).map((p) => p.name); // ['Following up leads', 'Lead quality and a shared definition', …]
 */
export function wallProblems(workspace: { steps: Record<string, unknown> }): { id: string; name: string }[] {
  const parsed = wallSchema.safeParse(workspace.steps[WALL_STEP_ID]);
  if (!parsed.success) return [];
  return problemsOf(parsed.data).map(({ theme }) => ({ id: theme.id, name: theme.name }));
}
