import type { Language } from '../../contract/workspace';
import type { Sla, SlaOwner } from '../../domain/sla-schema';
import { builtInCommitment, outcomeStatuses } from './defaults';

const person = (participantId: string): SlaOwner => ({ kind: 'participant', participantId });

/**
 * The Nordvind sample's SLA: Sofie (Head of Marketing) owns the MQLs and their quality, Jens
 * (Sales Director) the response and the outcomes, Rasmus (new business) the attempts; Mette (CEO)
 * is told when a commitment slips. First contact within the hour (the research), accept or reject
 * within four working hours, six attempts over fourteen days, and 50 contact attempts a seller a
 * week: about ten a working day beside the meetings. (DOMAIN.md cites no figure for attempts a
 * seller can make; 50 is Nordvind's own.) The goal's 2,287 MQLs over 52 weeks × 6 attempts are
 * ⌈263.9⌉ = 264 attempts a week; its 6 sellers × 50 = 300 cover them with 36 to spare. The
 * commitments answer the wall's problems "Following up leads" (follow-up), "Lead quality"
 * (lead-quality) and "Shared goals and measurement" (goals). One commitment in the room's own words: marketing announces campaigns.
 */
export function sampleServiceLevel(language: Language): Sla {
  const da = language === 'da';
  const mette = person('p-mette');
  const jens = person('p-jens');
  const sofie = person('p-sofie');
  const sla: Sla = {
    sales: { acceptWithinWorkingHours: 4, firstContact: { amount: 1, unit: 'hours' }, attempts: 6, attemptDays: 14, attemptsPerSellerPerWeek: 50 },
    outcomes: outcomeStatuses(language),
    mqlQuality: da
      ? 'Rådgivende ingeniører, entreprenører og driftsansvarlige i virksomheder med over 50 ansatte, med et konkret projekt inden for et år; ingen studerende eller konkurrenter.'
      : 'Consulting engineers, contractors and facility managers at companies with more than 50 employees, with a concrete project within a year; no students or competitors.',
    commitments: [
      builtInCommitment('mqlVolume', language, sofie, mette, { amount: 1, unit: 'months' }, ['goals']),
      builtInCommitment('mqlQuality', language, person('p-ahmed'), sofie, { amount: 2, unit: 'weeks' }, ['lead-quality']),
      builtInCommitment('accept', language, jens, mette, { amount: 1, unit: 'workingDays' }, ['follow-up']),
      builtInCommitment('firstContact', language, jens, mette, { amount: 1, unit: 'workingDays' }, ['follow-up']),
      builtInCommitment('attempts', language, person('p-rasmus'), jens, { amount: 1, unit: 'weeks' }, ['follow-up']),
      builtInCommitment('outcome', language, jens, mette, { amount: 1, unit: 'weeks' }, ['follow-up']),
      {
        id: 'campaign-notice',
        kind: 'custom',
        side: 'marketing',
        text: da
          ? 'Marketing fortæller salg om hver kampagne en uge før start: målgruppe, budskab og hvilke leads der kommer.'
          : 'Marketing tells sales about every campaign a week before it starts: audience, message and the leads to expect.',
        measure: da ? 'Kampagner annonceret til salg mindst en uge før start' : 'Campaigns announced to sales at least a week before start',
        target: da ? 'Alle kampagner' : 'Every campaign',
        owner: person('p-karen'),
        reportedIn: da ? 'Den månedlige strategifrokost' : 'The monthly strategy lunch',
        escalation: { to: sofie, after: { amount: 1, unit: 'weeks' } },
        answers: [],
      },
    ],
  };
  // Nordvind's own words for two of the targets.
  sla.commitments[3] = { ...sla.commitments[3]!, target: da ? '95 % af MQL’erne inden for en time' : '95 % of MQLs within the hour' };
  sla.commitments[5] = { ...sla.commitments[5]!, reportedIn: da ? 'HubSpot-dashboardet “Lead-SLA”, ved det daglige tjek' : 'The HubSpot dashboard “Lead SLA”, at the daily check' };
  return sla;
}
