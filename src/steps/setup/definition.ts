import type { StepDefinition } from '../../contract/step-definition';
import { stepCatalogs } from '../../contract/step-definition';
import { clockTime, defaultAgenda, timePlan } from '../../domain/agenda';
import { workshopSchema, type Workshop } from '../../domain/workshop';
import { block, factList, markdownTable } from '../kit/markdown';
import da from './i18n/da.json';
import en from './i18n/en.json';
import { sampleSetup } from './sample';

/**
 * The workshop set-up: when and where, who facilitates, who takes part, and the agenda. This is
 * the workshop's core data (src/domain/workshop.ts): every later step reads it through
 * `workshopOf`, never through this folder. The client's company is the workspace's own field.
 */
export const setupSliceSchema = workshopSchema;
export type SetupSlice = Workshop;

export const setupStep = {
  id: 'setup',
  icon: 'clipboard-list',
  version: 1,
  schema: setupSliceSchema,
  migrations: {},
  defaults: ({ registered }) => ({
    date: '',
    location: '',
    facilitator: '',
    participants: [],
    startTime: '09:00',
    endTime: '16:00',
    agenda: defaultAgenda(registered),
  }),
  sample: ({ language, registered }) => sampleSetup(language, registered),
  catalogs: stepCatalogs(en, da),
  markdown: (setup, { workspace, t, format }) => {
    const plan = timePlan(setup.agenda, setup.startTime, setup.endTime || null);
    return block(
      factList([
        [t('workshop.clientCompany'), workspace.clientCompany],
        [t('workshop.date'), format.date(setup.date)],
        [t('workshop.location'), setup.location],
        [t('workshop.facilitator'), setup.facilitator],
      ]),
      `### ${t('participants.title')}`,
      markdownTable(
        [t('participants.name'), t('participants.jobTitle'), t('participants.team')],
        setup.participants.map((p) => [p.name, p.title, t(`common:teams.${p.team}`)]),
      ),
      `### ${t('agenda.title')}`,
      markdownTable(
        [t('playbook:markdown.agenda.time'), t('playbook:markdown.agenda.item')],
        plan.items
          .filter((entry) => entry.item.enabled)
          .map(({ item, startMinute, endMinute }) => [
            `${clockTime(startMinute ?? 0)}–${clockTime(endMinute ?? 0)}`,
            item.kind === 'step' ? t(`${item.stepId}:title`, { defaultValue: item.stepId }) : item.title,
          ]),
      ),
    );
  },
} as const satisfies StepDefinition<'setup', typeof setupSliceSchema>;
