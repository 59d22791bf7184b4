import type { StepMarkdownContext } from '../../contract/step-definition';
import { missingSides } from '../../domain/cadence';
import type { Cadence, Meeting } from '../../domain/cadence-schema';
import { participantName, workshopOf } from '../../domain/workshop';
import { block, escapeMarkdown, factList, markdownTable } from '../kit/markdown';
import { endTime, measureNames, meetingMeasures, recurrenceText } from './text';

/**
 * The cadence's Markdown section: an overview table of the meetings, then each meeting with its
 * purpose, recurrence, first date and time, place, owner, attendees, the measures it looks at
 * and its agenda; a warning where a meeting that reviews leads lacks sales or marketing; and the
 * seller–marketer pairs.
 */
export function feedbackCadenceMarkdown(cadence: Cadence, context: StepMarkdownContext): string {
  const { t, format, workspace } = context;
  const workshop = workshopOf(workspace);
  const names = measureNames(workspace, t);
  const none = t('markdown.none');
  const person = (id: string) => participantName(workshop, id);

  const overview = markdownTable(
    [t('markdown.meeting'), t('markdown.when'), t('markdown.time'), t('markdown.duration'), t('markdown.owner')],
    cadence.meetings.map((m) => [m.title, recurrenceText(m.recurrence, t), `${m.time}–${endTime(m)}`, t('minutes', { n: format.number(m.durationMinutes) }), person(m.ownerId) || none]),
  );

  const sidesText = (meeting: Meeting) => {
    const missing = missingSides(meeting, workshop.participants);
    if (missing.length === 0) return null;
    const sides = missing.length === 2 ? t('markdown.sidesBoth') : t(missing[0] === 'sales' ? 'markdown.sidesSales' : 'markdown.sidesMarketing');
    return `_${escapeMarkdown(t('markdown.missingSides', { sides }))}_`;
  };

  const meetings = cadence.meetings.map((meeting) => {
    const when = meeting.firstDate
      ? `${recurrenceText(meeting.recurrence, t)}. ${t('markdown.startsOn', { date: format.date(meeting.firstDate), time: meeting.time, end: endTime(meeting) })}`
      : `${recurrenceText(meeting.recurrence, t)}. ${t('markdown.notPlanned')}`;
    const agenda = meeting.agenda.filter((point) => point.text.trim() !== '');
    return block(
      `### ${escapeMarkdown(meeting.title)}`,
      meeting.purpose.trim() ? escapeMarkdown(meeting.purpose.trim()) : null,
      factList([
        [t('markdown.when'), when],
        [t('markdown.location'), meeting.location.trim()],
        [t('markdown.owner'), person(meeting.ownerId)],
        [t('markdown.attendees'), meeting.attendeeIds.map(person).filter(Boolean).join(', ')],
        [t('markdown.measures'), meetingMeasures(meeting, names).join(', ')],
      ]),
      sidesText(meeting),
      agenda.length > 0 ? [`**${t('markdown.agenda')}**`, '', ...agenda.map((point, i) => `${i + 1}. ${escapeMarkdown(point.text.trim())}`)].join('\n') : null,
    );
  });

  const pairs =
    cadence.pairs.length === 0
      ? null
      : block(
          `### ${t('markdown.pairsTitle')}`,
          cadence.pairs.map((pair) => `- ${escapeMarkdown(t('markdown.pair', { seller: person(pair.sellerId) || none, marketer: person(pair.marketerId) || none }))}`).join('\n'),
        );

  return block(escapeMarkdown(t('markdown.timeZone', { zone: cadence.timeZone })), overview, ...meetings, pairs);
}
