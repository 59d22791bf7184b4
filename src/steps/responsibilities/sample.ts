import type { Language } from '../../contract/workspace';
import type { RaciCells, RaciLetter, RaciMatrix } from '../../domain/raci-schema';
import { defaultActivities, defaultRoles } from './defaults';

/**
 * The Nordvind sample's matrix: the default activities and roles, filled in the way Nordvind's
 * room agreed, holding the sample's participants (src/steps/setup/sample.ts), with the rows that
 * answer the wall's problems "Following up leads" (`theme-follow-up`) and "Lead quality"
 * (`theme-lead-quality`) linked to them (src/steps/currentState/sample.ts).
 *
 * Deliberately left for the room to resolve, so the sample shows the rules at work:
 * - recycling of rejected and stalled leads: sales development is accountable, but nobody does it
 *   ("no one does it"), and the marketing cell is disputed with both views noted;
 * - customer success is only ever consulted (is the role needed in the room?).
 * Everything else passes: one A per row, someone doing every other row, no role doing more than
 * half the 11 rows (marketing does 5: 2·5 = 10 ≤ 11) or accountable for more than a third (the
 * most is 3: 3·3 = 9 ≤ 11), both sides on the handover and the first follow-up, and the feedback
 * running from sales (R) to marketing (I).
 */

/** Columns in order: marketing, sales, sales development, sales manager, CMO, leadership, customer success. */
const ROWS: Record<string, string> = {
  'lead-generation': 'RCIIAIC',
  qualification: 'ACCCI..', // marketing owns and does the scoring model (A/R)
  handover: 'RIIAC..',
  'follow-up': 'IRRAI..',
  nurturing: 'AIC.C..', // marketing owns and does it (A/R)
  recycling: 'I.AC...',
  content: 'RCCCA.C',
  closing: '.ARC.IC', // the field seller owns and does the deal (A/R)
  feedback: 'IRRAC..',
  reporting: 'CIICAI.', // the CMO owns and does it (A/R)
  'crm-quality': 'CRRC.A.',
};
const ACCOUNTABLE_DOES_IT = new Set(['qualification', 'nurturing', 'closing', 'reporting']);

const ANSWERS: Record<string, string[]> = {
  qualification: ['theme-lead-quality'],
  handover: ['theme-follow-up'],
  'follow-up': ['theme-follow-up'],
  feedback: ['theme-lead-quality'],
};

const HOLDERS: Record<string, string[]> = {
  marketing: ['p-ahmed', 'p-karen'],
  sales: ['p-line'],
  'sales-development': ['p-rasmus'],
  'sales-manager': ['p-jens'],
  'marketing-manager': ['p-sofie'],
  leadership: ['p-mette', 'p-thomas'],
  'customer-success': [],
};

const DISPUTES: Record<Language, { id: string; activityId: string; roleId: string; resolved: boolean; salesView: string; marketingView: string }[]> = {
  en: [
    {
      id: 'dispute-recycling-marketing',
      activityId: 'recycling',
      roleId: 'marketing',
      resolved: false,
      salesView: 'A lead we reject is marketing’s again: marketing should take it back into nurturing and do the recycling.',
      marketingView: 'We can only recycle a lead when sales records why it was rejected. Until that happens, the seller must do it.',
    },
    {
      id: 'dispute-follow-up-sales',
      activityId: 'follow-up',
      roleId: 'sales',
      resolved: true,
      salesView: 'Field sellers are out with customers and cannot call every web lead within the hour.',
      marketingView: 'Then the leads must go to someone who can: they go cold within a day.',
    },
  ],
  da: [
    {
      id: 'dispute-recycling-marketing',
      activityId: 'recycling',
      roleId: 'marketing',
      resolved: false,
      salesView: 'Et lead, vi afviser, er marketings igen: marketing bør tage det tilbage i pleje og stå for genbruget.',
      marketingView: 'Vi kan kun genbruge et lead, når salg skriver, hvorfor det blev afvist. Indtil da må sælgeren gøre det.',
    },
    {
      id: 'dispute-follow-up-sales',
      activityId: 'follow-up',
      roleId: 'sales',
      resolved: true,
      salesView: 'Feltsælgerne er ude hos kunderne og kan ikke ringe til alle web-leads inden for en time.',
      marketingView: 'Så må leadsene gå til en, der kan: de bliver kolde inden for et døgn.',
    },
  ],
};

export function sampleResponsibilities(language: Language): RaciMatrix {
  const roles = defaultRoles(language).map((role) => ({ ...role, holders: HOLDERS[role.id] ?? [] }));
  const activities = defaultActivities(language).map((activity) => ({
    ...activity,
    ...(ACCOUNTABLE_DOES_IT.has(activity.id) ? { accountableDoesIt: true } : {}),
    ...(ANSWERS[activity.id] ? { answers: ANSWERS[activity.id] } : {}),
  }));
  const cells: RaciCells = {};
  for (const activity of activities) {
    const letters = ROWS[activity.id] ?? '';
    const row = Object.fromEntries(roles.flatMap((role, j) => (letters[j] && letters[j] !== '.' ? [[role.id, letters[j] as RaciLetter]] : [])));
    cells[activity.id] = row;
  }
  return {
    mode: 'RACI',
    activities,
    roles,
    cells,
    disputes: DISPUTES[language].map((d) => ({ ...d, disputed: true })),
  };
}
