import type { StepFormat, StepMarkdownContext, Translate } from '../../contract/step-definition';
import { decimalPlaces } from '../../domain/decimal';
import { goalOf } from '../../domain/goal-access';
import type { LeadDefinitions, LeadOwner } from '../../domain/lead-schema';
import { calibrate, ENGAGEMENT_BANDS, FIT_BANDS, goalCrossCheck, scoreNumber, type Calibration, type GoalCrossCheck } from '../../domain/lead-scoring';
import { workshopOf, type Workshop } from '../../domain/workshop';
import { block, escapeMarkdown, markdownTable } from '../kit/markdown';

/**
 * The words and numbers the step's Markdown section, its playbook section and its presenter share:
 * an owner as the room reads it, a score with its decimals only when it has them, the calibration
 * sentence, the cross-check sentence.
 */

/** A team, a role, or a participant's name (and title): '' for an id that names no one. */
export function ownerText(owner: LeadOwner, workshop: Pick<Workshop, 'participants'>, t: Translate): string {
  if (owner.kind === 'team') return t(`owner.teams.${owner.team}`);
  if (owner.kind === 'role') return owner.role;
  const person = workshop.participants.find((p) => p.id === owner.participantId);
  if (!person) return t('owner.unknown');
  return person.title ? `${person.name} (${person.title})` : person.name;
}

/** A score or points: whole numbers plain, fractions with their decimals (52,5; 43,75). */
export function pointsText(value: number, format: Pick<StepFormat, 'number'>): string {
  return format.number(value, decimalPlaces(value) ?? 0);
}

/**
 * "At 45 points, 7 of the 8 won leads would have been MQLs, and 1 of the 14 lost ones." — or the
 * sentence for a sample with no won or no lost leads.
 */
export function calibrationSentence(calibration: Calibration, t: Translate, format: Pick<StepFormat, 'number'>): string {
  const { won, lost } = calibration.byOutcome;
  const threshold = format.number(calibration.threshold);
  if (calibration.leads.length === 0) return t('calibration.noLeads');
  const wonPart = won.total === 0 ? t('calibration.noWon') : t('calibration.won', { count: won.total, mql: won.mql });
  const lostPart = lost.total === 0 ? t('calibration.noLost') : t('calibration.lost', { count: lost.total, mql: lost.mql });
  return t('calibration.sentence', { threshold, won: wonPart, lost: lostPart });
}

/** The cross-check with the shared goal in a sentence, and whether it is a warning. */
export function crossCheckSentence(check: GoalCrossCheck, t: Translate, format: Pick<StepFormat, 'number'>): { text: string; warning: boolean } {
  if (check.status === 'no-goal' || check.status === 'goal-invalid' || check.status === 'no-mql-stage' || check.status === 'no-leads') {
    return { text: t(`crossCheck.${check.status}`), warning: false };
  }
  const params = {
    leads: format.number(check.planLeads),
    given: format.number(Math.round(check.givenNumber)),
    needed: format.number(check.needed),
    difference: format.number(Math.abs(check.differencePercent), Number.isInteger(check.differencePercent) ? 0 : 1),
    tolerance: format.number(check.tolerancePercent),
  };
  return { text: t(`crossCheck.${check.status}`, params), warning: check.status !== 'ok' };
}

/** Everything the views and the Markdown compute from the slice and the workspace. */
export function leadFacts(slice: LeadDefinitions, workspace: { steps: Record<string, unknown> }, threshold = slice.scoring.mqlThreshold) {
  const calibration = calibrate(slice.scoring, slice.temperature, slice.calibrationLeads, threshold);
  const check = goalCrossCheck(calibration.mqlShare, slice.calibrationLeads.length, goalOf(workspace), slice.crossCheck.tolerancePercent);
  return { calibration, check, workshop: workshopOf(workspace) };
}

/**
 * The step's Markdown section: the stages with criteria and owners, cold/warm/hot, the points
 * model, the thresholds and grid, the calibration and the cross-check, the handover, the
 * rejection reasons and the recycle rule.
 */
export function leadDefinitionsMarkdown(slice: LeadDefinitions, context: StepMarkdownContext): string {
  const { t, format } = context;
  const { calibration, check, workshop } = leadFacts(slice, context.workspace);
  const owner = (o: LeadOwner) => ownerText(o, workshop, t);
  const pts = (value: number) => pointsText(value, format);
  const stages = markdownTable(
    [t('markdown.stage'), t('markdown.entry'), t('markdown.owner'), t('markdown.maxDays')],
    slice.stages.map((stage) => [stage.name, stage.entryCriteria, owner(stage.owner), stage.maxDays === null ? t('markdown.noLimit') : t('markdown.days', { count: stage.maxDays })]),
  );
  const { cold, warm, hot } = slice.temperature;
  const temperature = markdownTable(
    [t('markdown.temperature'), t('markdown.score'), t('markdown.definition')],
    [
      [t('temperature.cold'), t('markdown.below', { score: pts(warm.fromScore) }), cold.definition],
      [t('temperature.warm'), t('markdown.fromTo', { from: pts(warm.fromScore), to: pts(hot.fromScore) }), warm.definition],
      [t('temperature.hot'), t('markdown.from', { score: pts(hot.fromScore) }), hot.definition],
    ],
  );
  const points = markdownTable(
    [t('markdown.side'), t('markdown.group'), t('markdown.criterion'), t('markdown.points')],
    slice.scoring.groups.flatMap((group) =>
      group.criteria.map((criterion, i) => [
        i === 0 ? t(`sides.${group.side}`) : '',
        i === 0 ? (group.cap === null ? group.name : t('markdown.groupCap', { name: group.name, cap: pts(group.cap) })) : '',
        criterion.label,
        criterion.points > 0 ? `+${pts(criterion.points)}` : pts(criterion.points),
      ]),
    ),
    [3],
  );
  const decay = slice.scoring.decay;
  const { grid } = slice.scoring;
  const thresholds = [
    `- **${t('markdown.mqlThreshold')}:** ${t('markdown.thresholdRule', { score: pts(slice.scoring.mqlThreshold) })}`,
    slice.scoring.thresholdWhy.trim() ? `- **${t('markdown.why')}:** ${escapeMarkdown(slice.scoring.thresholdWhy.trim())}` : null,
    `- **${t('markdown.decay')}:** ${decay === null || decay.percent === 0 ? t('markdown.noDecay') : t('markdown.decayRule', { percent: format.percent(decay.percent), count: decay.afterDays })}`,
    `- **${t('markdown.fitBands')}:** ${t('markdown.fitRule', { a: pts(grid.fitA), b: pts(grid.fitB) })}`,
    `- **${t('markdown.engagementBands')}:** ${t('markdown.engagementRule', { one: pts(grid.engagement1), two: pts(grid.engagement2) })}`,
  ]
    .filter(Boolean)
    .join('\n');
  const cell = (label: string) => {
    const counts = calibration.grid[label]!;
    return t('markdown.cell', { won: counts.won, lost: counts.lost, open: counts['no-decision'] });
  };
  const gridTable =
    calibration.leads.length > 0
      ? markdownTable([t('markdown.fitEngagement'), ...ENGAGEMENT_BANDS.map(String)], FIT_BANDS.map((fit) => [fit, ...ENGAGEMENT_BANDS.map((e) => cell(`${fit}${e}`))]))
      : null;
  const misjudged =
    calibration.misjudged.length > 0
      ? block(
          `**${t('markdown.misjudged')}**`,
          calibration.misjudged
            .map(({ lead, score, kind }) => `- ${escapeMarkdown(lead.company ? `${lead.name}, ${lead.company}` : lead.name)}: ${t(`misjudged.${kind}`, { score: pts(scoreNumber(score.total)) })}`)
            .join('\n'),
        )
      : null;
  const cross = crossCheckSentence(check, t, format);
  const reasons = slice.rejectionReasons.filter((reason) => reason.label.trim()).map((reason) => `- ${escapeMarkdown(reason.label)}`);
  return block(
    `### ${t('markdown.stages')}`,
    stages,
    `### ${t('markdown.temperatures')}`,
    temperature,
    `### ${t('markdown.model')}`,
    points,
    `### ${t('markdown.thresholds')}`,
    thresholds,
    `### ${t('markdown.calibration')}`,
    escapeMarkdown(calibrationSentence(calibration, t, format)),
    gridTable,
    misjudged,
    `${cross.warning ? '⚠ ' : ''}${escapeMarkdown(cross.text)}`,
    `### ${t('markdown.handover')}`,
    slice.handoverRules.trim() ? escapeMarkdown(slice.handoverRules.trim()) : null,
    `**${t('markdown.noneVanish')}**`,
    `### ${t('markdown.reasons')}`,
    reasons.length > 0 ? reasons.join('\n') : `_${t('markdown.noReasons')}_`,
    `### ${t('markdown.recycle')}`,
    t('markdown.recycleRule', { count: slice.recycle.afterDays, owner: owner(slice.recycle.owner) }),
    slice.recycle.note.trim() ? escapeMarkdown(slice.recycle.note.trim()) : null,
  );
}
