import type { Language } from '../../contract/workspace';
import type { ActivityKind, RaciActivity, RaciMatrix, RaciRole, RaciStage } from '../../domain/raci-schema';
import type { Team } from '../../domain/workshop';

/**
 * The matrix a new workspace starts with: the activities of the chain and the roles the seeds
 * name, in the workspace's language, with every cell empty for the room to fill. The defaults
 * carry the `kind` (rows) and `team` (columns) the rules recognise them by, so renaming
 * "Handover of MQLs to sales" to "Overlevering" keeps the handover rule on it.
 */

interface DefaultActivity {
  id: string;
  kind: ActivityKind;
  stage: RaciStage;
  name: Record<Language, string>;
}

export const DEFAULT_ACTIVITIES: readonly DefaultActivity[] = [
  { id: 'lead-generation', kind: 'leadGeneration', stage: 'generate', name: { en: 'Lead generation', da: 'Leadgenerering' } },
  { id: 'qualification', kind: 'qualification', stage: 'qualify', name: { en: 'Lead qualification and scoring', da: 'Kvalificering og scoring af leads' } },
  { id: 'handover', kind: 'handover', stage: 'handover', name: { en: 'Handover of MQLs to sales', da: 'Overdragelse af MQL’er til salg' } },
  { id: 'follow-up', kind: 'followUp', stage: 'handover', name: { en: 'First follow-up within the SLA', da: 'Første opfølgning inden for SLA’en' } },
  { id: 'nurturing', kind: 'nurturing', stage: 'nurture', name: { en: 'Nurturing of leads not ready to buy', da: 'Pleje af leads, der ikke er klar til at købe' } },
  { id: 'recycling', kind: 'recycling', stage: 'nurture', name: { en: 'Recycling of rejected and stalled leads', da: 'Genbrug af afviste og stillestående leads' } },
  { id: 'content', kind: 'content', stage: 'win', name: { en: 'Sales material and content', da: 'Salgsmateriale og indhold' } },
  { id: 'closing', kind: 'closing', stage: 'win', name: { en: 'Proposals and closing', da: 'Tilbud og lukning af ordrer' } },
  { id: 'feedback', kind: 'feedback', stage: 'learn', name: { en: 'Feedback on lead quality', da: 'Feedback på leadkvalitet' } },
  { id: 'reporting', kind: 'reporting', stage: 'learn', name: { en: 'Reporting and attribution', da: 'Rapportering og attribution' } },
  { id: 'crm-quality', kind: 'crmQuality', stage: 'learn', name: { en: 'The CRM’s data quality', da: 'Datakvaliteten i CRM’et' } },
];

interface DefaultRole {
  id: string;
  team: Team;
  name: Record<Language, string>;
  abbreviation: Record<Language, string>;
}

export const DEFAULT_ROLES: readonly DefaultRole[] = [
  { id: 'marketing', team: 'marketing', name: { en: 'Marketing', da: 'Marketing' }, abbreviation: { en: 'MKT', da: 'MKT' } },
  { id: 'sales', team: 'sales', name: { en: 'Sales (field)', da: 'Salg (feltsalg)' }, abbreviation: { en: 'SLS', da: 'SLG' } },
  { id: 'sales-development', team: 'sales', name: { en: 'Sales development (SDR/BDR)', da: 'Salgsudvikling (SDR/BDR)' }, abbreviation: { en: 'SDR', da: 'SDR' } },
  { id: 'sales-manager', team: 'sales', name: { en: 'Sales manager', da: 'Salgschef' }, abbreviation: { en: 'SM', da: 'SC' } },
  { id: 'marketing-manager', team: 'marketing', name: { en: 'Marketing manager/CMO', da: 'Marketingchef/CMO' }, abbreviation: { en: 'CMO', da: 'MC' } },
  { id: 'leadership', team: 'leadership', name: { en: 'CEO/leadership', da: 'Direktion' }, abbreviation: { en: 'CEO', da: 'DIR' } },
  { id: 'customer-success', team: 'other', name: { en: 'Customer success', da: 'Kundesucces' }, abbreviation: { en: 'CS', da: 'KS' } },
];

export function defaultActivities(language: Language): RaciActivity[] {
  return DEFAULT_ACTIVITIES.map((a) => ({ id: a.id, name: a.name[language], stage: a.stage, kind: a.kind }));
}

export function defaultRoles(language: Language): RaciRole[] {
  return DEFAULT_ROLES.map((r) => ({ id: r.id, name: r.name[language], abbreviation: r.abbreviation[language], team: r.team, holders: [] }));
}

/** A new workspace's matrix: the default rows and columns, RACI, no letters (an empty record per row), no disputes. */
export function defaultMatrix(language: Language): RaciMatrix {
  const activities = defaultActivities(language);
  // Every row has its record of letters from the start (see ./edits.ts).
  return { mode: 'RACI', activities, roles: defaultRoles(language), cells: Object.fromEntries(activities.map((a) => [a.id, {}])), disputes: [] };
}
