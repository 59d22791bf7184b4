import { z } from 'zod';
import { agendaItemSchema, clockTimeSchema, type AgendaItem } from '../../domain/agenda';
import type { StepDefinition } from '../../contract/step-definition';
import { DEFAULT_STEP_MINUTES, WORKSHOP_STEP_IDS } from '../../domain/workshop-steps';

/**
 * The workshop set-up: when and where, who facilitates, who takes part, and the agenda. The
 * client's company is the workspace's own field (it names the workspace on the home screen).
 */
export const teamSchema = z.enum(['sales', 'marketing', 'leadership', 'other']);
export type Team = z.infer<typeof teamSchema>;

export const participantSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().max(200),
  title: z.string().max(200),
  team: teamSchema,
});
export type Participant = z.infer<typeof participantSchema>;

export const setupSliceSchema = z.object({
  /** The workshop's date, YYYY-MM-DD, or empty until it is set. */
  date: z.union([z.iso.date(), z.literal('')]),
  location: z.string().max(300),
  facilitator: z.string().max(200),
  participants: z.array(participantSchema).max(200),
  startTime: clockTimeSchema,
  /** When the day must end; empty for no limit. */
  endTime: z.union([clockTimeSchema, z.literal('')]),
  agenda: z.array(agendaItemSchema).max(100),
});
export type SetupSlice = z.infer<typeof setupSliceSchema>;

/**
 * A step on the agenda of a new workspace, for each step `registered` in the registry, with
 * its typical timebox.
 */
export function defaultAgenda(registered: readonly string[]): AgendaItem[] {
  return WORKSHOP_STEP_IDS.filter((id) => registered.includes(id)).map((stepId) => ({
    id: `agenda-${stepId}`,
    kind: 'step' as const,
    stepId,
    minutes: DEFAULT_STEP_MINUTES[stepId],
    enabled: true,
  }));
}

/**
 * Puts the steps that arrive with a schema version on an older agenda, each after the last
 * step that comes before it in the workshop's order (or first), as the consultant would.
 */
export function addStepsToAgenda(slice: unknown, stepIds: readonly string[]): unknown {
  if (typeof slice !== 'object' || slice === null || !Array.isArray((slice as { agenda?: unknown }).agenda)) return slice;
  const agenda = [...(slice as { agenda: AgendaItem[] }).agenda];
  const order = (stepId: string) => (WORKSHOP_STEP_IDS as readonly string[]).indexOf(stepId);
  for (const stepId of stepIds) {
    if (agenda.some((item) => item.kind === 'step' && item.stepId === stepId)) continue;
    let at = 0;
    agenda.forEach((item, index) => {
      if (item.kind === 'step' && order(item.stepId) < order(stepId)) at = index + 1;
    });
    const minutes = DEFAULT_STEP_MINUTES[stepId as keyof typeof DEFAULT_STEP_MINUTES] ?? 30;
    agenda.splice(at, 0, { id: `agenda-${stepId}`, kind: 'step', stepId, minutes, enabled: true });
  }
  return { ...(slice as object), agenda };
}

export const setupStep = {
  id: 'setup',
  titleKey: 'steps:setup.title',
  icon: 'clipboard-list',
  introducedIn: 2,
  schema: setupSliceSchema,
  defaults: ({ registered }) => ({
    date: '',
    location: '',
    facilitator: '',
    participants: [],
    startTime: '09:00',
    endTime: '16:00',
    agenda: defaultAgenda(registered),
  }),
  migrations: {
    // Version 3 brings the current-state wall and the shared goal: they join the agenda.
    2: (slice) => addStepsToAgenda(slice, ['currentState', 'sharedGoal']),
  },
} as const satisfies StepDefinition<'setup', typeof setupSliceSchema>;
