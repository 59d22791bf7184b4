import type { StepMarkdownContext, Translate } from '../../contract/step-definition';
import { creditJourney, daysBeforeClose, keyTouches, validateAgreement, validateJourney, type ModelCredit } from '../../domain/attribution';
import { EFFORTS, MODEL_IDS, type AttributionSlice, type Effort, type Journey, type Touch } from '../../domain/attribution-schema';
import { wallProblemsOf } from '../../domain/coverage';
import { workshopOf } from '../../domain/workshop';
import { block, escapeMarkdown, markdownTable } from '../kit/markdown';

/**
 * The step's section of the Markdown export: each journey (its touches, then the credit per touch
 * and per team under all seven models, from the same domain function the views use), the seven
 * models' rules, and the agreement. The host writes the section's `##` heading; this starts at `###`.
 */

const fact = (label: string, value: string) => `- **${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`;

/** The percent places in the tables: one decimal shows full path's 22,5 % as it is. */
export const TABLE_PERCENT_PLACES = 1;

/** A touch as a line names it: the room's label, or the channel's name when there is none. */
export function touchName(touch: Touch, t: Translate): string {
  return touch.label.trim() || t(`channels.${touch.channel}`);
}

/** A touch with its channel in brackets, unless the label already is the channel's name. */
export function touchWithChannel(touch: Touch, t: Translate): string {
  const channel = t(`channels.${touch.channel}`);
  const name = touchName(touch, t);
  return name.toLowerCase() === channel.toLowerCase() ? name : `${name} (${channel})`;
}

/** The marks a touch carries (first touch, lead created, deal created, closed-won), translated. */
export function touchMarks(journey: Journey, index: number, t: Translate): string[] {
  const keys = keyTouches(journey);
  if (!keys) return [];
  const marks: string[] = [];
  if (index === keys.first) marks.push(t('marks.first'));
  if (journey.touches[index]?.id === journey.leadCreationTouchId) marks.push(t('marks.leadCreation'));
  if (journey.touches[index]?.id === journey.dealCreationTouchId) marks.push(t('marks.dealCreation'));
  if (index === keys.closedWon) marks.push(t('marks.closedWon'));
  return marks;
}

/** The teams a journey's touches belong to, in the fixed team order. */
export function teamsOf(journey: Journey): Effort[] {
  return EFFORTS.filter((effort) => journey.touches.some((touch) => touch.effort === effort));
}

function journeyMarkdown(journey: Journey, index: number, slice: AttributionSlice, context: StepMarkdownContext): string {
  const { t, format } = context;
  const name = journey.name.trim() || t('markdown.unnamedJourney', { number: index + 1 });
  const heading = `### ${escapeMarkdown(t('markdown.journey', { name }))}`;
  const issues = validateJourney(journey);
  const findings = issues.length > 0 ? `**${t('markdown.findings')}:**\n\n${issues.map((issue) => `- ${escapeMarkdown(t(`issues.${issue.code}`))}`).join('\n')}` : null;
  if (journey.touches.length === 0) return block(heading, fact(t('markdown.dealValue'), format.money(journey.dealValue)), t('markdown.noTouches'));
  const credits = creditJourney(journey, slice.halfLifeDays, MODEL_IDS, TABLE_PERCENT_PLACES);
  const chosen = credits.find((credit) => credit.model === slice.model);
  const span = daysBeforeClose(journey.touches)[0] ?? 0;
  const touchRows = journey.touches.map((touch, i) => [
    String(i + 1),
    format.date(touch.date),
    touchWithChannel(touch, t),
    t(`efforts.${touch.effort}`),
    touch.campaign,
    touchMarks(journey, i, t).join(', '),
    ...(chosen ? [format.money(chosen.touches[i]!.money)] : []),
  ]);
  const touchHeaders = [
    t('markdown.number'),
    t('markdown.date'),
    t('markdown.touch'),
    t('markdown.effort'),
    t('markdown.campaign'),
    t('markdown.marks'),
    ...(chosen ? [t('markdown.creditChosen', { model: t(`models.${chosen.model}`) })] : []),
  ];
  return block(
    heading,
    [
      fact(t('markdown.dealValue'), format.money(journey.dealValue)),
      fact(t('markdown.span'), t('markdown.spanDays', { count: span })),
      fact(t('markdown.halfLife'), t('markdown.halfLifeDays', { count: slice.halfLifeDays })),
    ].join('\n'),
    markdownTable(touchHeaders, touchRows, chosen ? [0, 6] : [0]),
    findings,
    `#### ${escapeMarkdown(t('markdown.byTouch'))}`,
    byTouchTable(journey, credits, slice, context),
    `#### ${escapeMarkdown(t('markdown.byTeam'))}`,
    byTeamTable(journey, credits, slice, context, 'percent'),
    `#### ${escapeMarkdown(t('markdown.moneyByTeam'))}`,
    byTeamTable(journey, credits, slice, context, 'money'),
  );
}

const modelHeader = (model: string, slice: AttributionSlice, t: Translate) => (model === slice.model ? `${t(`models.${model}`)} (${t('markdown.chosen')})` : t(`models.${model}`));

function byTouchTable(journey: Journey, credits: ModelCredit[], slice: AttributionSlice, { t, format }: StepMarkdownContext): string {
  return markdownTable(
    [t('markdown.number'), t('markdown.touch'), ...credits.map((credit) => modelHeader(credit.model, slice, t))],
    journey.touches.map((touch, i) => [String(i + 1), touchName(touch, t), ...credits.map((credit) => format.percent(credit.touches[i]!.percent, TABLE_PERCENT_PLACES))]),
    [0, ...credits.map((_, i) => i + 2)],
  );
}

function byTeamTable(journey: Journey, credits: ModelCredit[], slice: AttributionSlice, { t, format }: StepMarkdownContext, figure: 'percent' | 'money'): string {
  const teams = teamsOf(journey);
  return markdownTable(
    [t('markdown.model'), ...teams.map((team) => t(`efforts.${team}`))],
    credits.map((credit) => [
      modelHeader(credit.model, slice, t),
      ...teams.map((team) => {
        const share = credit.teams.find((entry) => entry.effort === team)!;
        return figure === 'percent' ? format.percent(share.percent, TABLE_PERCENT_PLACES) : format.money(share.money);
      }),
    ]),
    teams.map((_, i) => i + 1),
  );
}

/** The rule of a model in a sentence (time decay's names the half-life). */
export function modelRule(model: string, halfLifeDays: number, t: Translate): string {
  return t(`modelRules.${model}`, { count: halfLifeDays });
}

function agreementMarkdown(slice: AttributionSlice, context: StepMarkdownContext): string {
  const { t, workspace } = context;
  const { agreement } = slice;
  const people = workshopOf(workspace).participants;
  const owner = people.find((p) => p.id === agreement.ownerId);
  const problems = wallProblemsOf(workspace);
  const problemNames = agreement.problemIds.map((id) => problems.find((problem) => problem.id === id)?.name ?? id);
  const measured = [...agreement.metrics.map((metric) => t(`metrics.${metric}`)), agreement.measuredOn.trim()].filter(Boolean);
  const notDecided = t('markdown.notDecided');
  const issues = validateAgreement(slice.model, agreement, people.map((p) => p.id));
  return block(
    `### ${escapeMarkdown(t('markdown.agreement'))}`,
    [
      fact(t('markdown.chosenModel'), slice.model ? `${t(`models.${slice.model}`)}. ${modelRule(slice.model, slice.halfLifeDays, t)}` : notDecided),
      fact(t('markdown.why'), agreement.why.trim() || notDecided),
      fact(t('markdown.measuredOn'), measured.join('; ') || notDecided),
      fact(t('markdown.report'), agreement.report.how.trim() ? t('markdown.reportText', { frequency: t(`frequency.${agreement.report.frequency}`), how: agreement.report.how.trim() }) : t(`frequency.${agreement.report.frequency}`)),
      fact(t('markdown.owner'), owner ? (owner.title ? `${owner.name} (${owner.title})` : owner.name) : notDecided),
      ...(problemNames.length > 0 ? [fact(t('markdown.answers'), problemNames.join('; '))] : []),
    ].join('\n'),
    issues.length > 0 ? `**${t('markdown.findings')}:**\n\n${issues.map((issue) => `- ${escapeMarkdown(t(`issues.${issue.code}`))}`).join('\n')}` : null,
  );
}

/**
 * The section: every journey, the models' rules, the agreement.
 *
 * @example
 * attributionMarkdown(sampleAttribution('da'), context); // '### Kunderejse: Hedensted Skole …'
 */
export function attributionMarkdown(slice: AttributionSlice, context: StepMarkdownContext): string {
  const { t } = context;
  return block(
    ...(slice.journeys.length === 0 ? [t('markdown.noJourneys')] : slice.journeys.map((journey, i) => journeyMarkdown(journey, i, slice, context))),
    `### ${escapeMarkdown(t('markdown.models'))}`,
    MODEL_IDS.map((model) => `- **${escapeMarkdown(modelHeader(model, slice, t))}:** ${escapeMarkdown(modelRule(model, slice.halfLifeDays, t))}`).join('\n'),
    agreementMarkdown(slice, context),
  );
}
