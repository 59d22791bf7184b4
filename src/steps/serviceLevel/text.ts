import type { StepFormat, Translate } from '../../contract/step-definition';
import type { FunnelInput } from '../../domain/funnel-schema';
import { RESPONSE_TIME_EVIDENCE, ownerLabel, type MqlCommitmentOutcome, type SlaCapacity } from '../../domain/sla';
import type { Commitment, Duration, Sla } from '../../domain/sla-schema';
import type { Participant } from '../../domain/workshop';

/**
 * The SLA's sentences, shared by the Markdown, the decisions, the summary and the views: one
 * wording per fact. Every function takes the step's translator and the workspace's formatting.
 */

export interface TextContext {
  t: Translate;
  format: Pick<StepFormat, 'number' | 'money'>;
}

/** "1 hour", "4 working hours", "14 dage". */
export function durationText(duration: Duration, { t, format }: TextContext): string {
  return t(`units.${duration.unit}`, { count: duration.amount, n: format.number(duration.amount) });
}

/** The period of the goal as the source line names it ("2027", "Q2 2027"). */
export function periodText(goal: FunnelInput, { t }: TextContext): string {
  return goal.period.kind === 'year' ? t('mql.year', { year: goal.period.year }) : t('mql.quarter', { year: goal.period.year, quarter: goal.period.quarter ?? 1 });
}

/** Why there is no MQL figure, in a sentence. */
export function mqlMissingText(outcome: MqlCommitmentOutcome, { t }: TextContext): string {
  if (outcome.ok) return '';
  return t(outcome.reason === 'no_goal' ? 'mql.noGoal' : outcome.reason === 'invalid_goal' ? 'mql.invalidGoal' : 'mql.noMqlStage');
}

/** A commitment as the playbook states it, with its live figures. */
export function commitmentText(commitment: Commitment, sla: Sla, mqls: MqlCommitmentOutcome, context: TextContext, mqlDefinition = ''): string {
  const { t, format } = context;
  const { sales } = sla;
  switch (commitment.kind) {
    case 'mqlVolume':
      return mqls.ok
        ? t('commitment.mqlVolume', { count: mqls.data.perMonth, n: format.number(mqls.data.perMonth), stage: mqls.data.stageName, perWeek: format.number(mqls.data.perWeek) })
        : t('commitment.mqlVolumeMissing');
    case 'mqlQuality': {
      const definition = (mqlDefinition || sla.mqlQuality).trim();
      return definition ? t('commitment.mqlQuality', { definition }) : t('commitment.mqlQualityUndefined');
    }
    case 'accept':
      return t('commitment.accept', { count: sales.acceptWithinWorkingHours, n: format.number(sales.acceptWithinWorkingHours) });
    case 'firstContact':
      return t('commitment.firstContact', { duration: durationText(sales.firstContact, context) });
    case 'attempts':
      return t('commitment.attempts', { attempts: format.number(sales.attempts), days: durationText({ amount: sales.attemptDays, unit: 'days' }, context) });
    case 'outcome':
      return t('commitment.outcome');
    case 'custom':
      return commitment.text.trim();
  }
}

/** "Mette Kjærgaard is told after 2 working days". */
export function escalationText(commitment: Commitment, participants: readonly Pick<Participant, 'id' | 'name'>[], context: TextContext): string {
  const to = ownerLabel(commitment.escalation.to, participants);
  if (!to || commitment.escalation.after.amount === 0) return '';
  return context.t('markdown.escalationText', { to, after: durationText(commitment.escalation.after, context) });
}

/** The evidence's sentences, each with its source line. */
export function evidenceLines({ t, format }: TextContext): { id: string; sentences: string[]; source: string }[] {
  return RESPONSE_TIME_EVIDENCE.map((fact) => {
    const f = fact.figures;
    const n = (key: string) => format.number(f[key]!);
    const sentences =
      fact.id === 'hbr-2011'
        ? [
            t('evidence.hbrReach', { firms: n('firms'), withinHour: `${n('withinHourPercent')} %`, never: `${n('neverPercent')} %`, meanHours: n('meanHours') }),
            t('evidence.hbrQualify', { hourLater: n('qualifyVsHourLater'), dayLater: n('qualifyVsDayLater') }),
          ]
        : [t('evidence.mitContact', { late: n('lateMinutes'), early: n('earlyMinutes'), contact: n('contactFactor'), qualify: n('qualifyFactor'), leads: n('leads') })];
    return { id: fact.id, sentences, source: t('evidence.source', { authors: fact.authors, title: fact.title, publisher: fact.publisher, year: fact.year }) };
  });
}

/** The capacity check in sentences: the verdict, and what would fit when it does not. */
export function capacityLines(capacity: SlaCapacity | null, { t, format }: TextContext): string[] {
  if (!capacity) return [t('capacity.unknown')];
  const params = {
    attempts: format.number(capacity.attempts),
    needed: format.number(capacity.attemptsNeeded),
    each: capacity.attemptsPerSeller === null ? '' : format.number(capacity.attemptsPerSeller),
    mqls: format.number(capacity.mqls),
    sellers: format.number(capacity.sellers),
    perSeller: format.number(capacity.mqlsPerSellerPerWeek, 2),
    attemptsThatFit: format.number(capacity.attemptsThatFit ?? 0),
    sellersNeeded: format.number(capacity.sellersNeeded ?? 0),
  };
  if (capacity.fits === null) return [t('capacity.noAttemptsPerSeller', params), t('capacity.basis', params)];
  if (capacity.fits) return [t('capacity.fits', params), t('capacity.basis', params)];
  return [t('capacity.exceeded', params), t('capacity.exceededFix', params), t('capacity.basis', params)];
}
