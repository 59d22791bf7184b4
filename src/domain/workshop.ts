import { z } from 'zod';
import { agendaItemSchema, clockTimeSchema, type AgendaItem } from './agenda';

/**
 * The workshop's core data: when and where, who facilitates, who takes part (by team) and the
 * agenda. Every step uses it (RACI role holders, SLA owners, meeting attendees, action owners,
 * sign-off), so it is defined here in the core, never in a step's folder. The set-up step is the
 * screen where the room edits it; other steps read it through {@link workshopOf} (the renderer
 * hands it to their views through the step kit) and never through another step's slice.
 */
export const teamSchema = z.enum(['sales', 'marketing', 'leadership', 'other']);
export type Team = z.infer<typeof teamSchema>;
export const TEAMS: readonly Team[] = ['leadership', 'sales', 'marketing', 'other'];

export const participantSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().max(200),
  title: z.string().max(200),
  team: teamSchema,
});
export type Participant = z.infer<typeof participantSchema>;

export const workshopSchema = z.object({
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
export type Workshop = z.infer<typeof workshopSchema>;

/** Where the core data is stored in a workspace document: one place knows it. */
export const WORKSHOP_PATH = ['steps', 'setup'] as const;

export const emptyWorkshop = (): Workshop => ({
  date: '',
  location: '',
  facilitator: '',
  participants: [],
  startTime: '09:00',
  endTime: '',
  agenda: [],
});

/**
 * The workshop's core data of a workspace (an empty one where a damaged mirror lacks it).
 *
 * @example
 * workshopOf(workspace).participants.filter((p) => p.team === 'sales');
 */
export function workshopOf(workspace: { steps: Record<string, unknown> }): Workshop {
  const stored = workspace.steps[WORKSHOP_PATH[1]] as Partial<Workshop> | undefined;
  const empty = emptyWorkshop();
  if (!stored || typeof stored !== 'object') return empty;
  return {
    date: typeof stored.date === 'string' ? stored.date : empty.date,
    location: typeof stored.location === 'string' ? stored.location : empty.location,
    facilitator: typeof stored.facilitator === 'string' ? stored.facilitator : empty.facilitator,
    participants: Array.isArray(stored.participants) ? stored.participants : [],
    startTime: typeof stored.startTime === 'string' ? stored.startTime : empty.startTime,
    endTime: typeof stored.endTime === 'string' ? stored.endTime : empty.endTime,
    agenda: Array.isArray(stored.agenda) ? (stored.agenda as AgendaItem[]) : [],
  };
}

/** A participant's name by id, or '' for an id that no longer names anyone. */
export function participantName(workshop: Pick<Workshop, 'participants'>, id: string): string {
  return workshop.participants.find((p) => p.id === id)?.name ?? '';
}
