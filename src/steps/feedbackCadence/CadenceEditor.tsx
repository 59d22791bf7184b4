import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathSegment } from '../../contract/edit';
import type { Translate } from '../../contract/step-definition';
import { occurrences, validateCadence } from '../../domain/cadence';
import { emailSchema, MAX_MEETINGS, type Cadence, type Meeting } from '../../domain/cadence-schema';
import { calendarIcs } from '../../domain/calendar-ics';
import { wallProblemsOf } from '../../domain/coverage';
import { goalOf } from '../../domain/goal-access';
import { slaOf } from '../../domain/sla-schema';
import { isKnownTimeZone } from '../../domain/vtimezone';
import { TEAMS, workshopOf } from '../../domain/workshop';
import { formatDate } from '../kit/format';
import { useStepHost } from '../kit/host';
import { TextField } from '../kit/TextField';
import type { StepEditorProps } from '../kit/views';
import { MeetingCard } from './MeetingCard';
import { cadencePath, keyOf, newId } from './paths';
import { calendarInput, measureNames } from './text';

type Props = StepEditorProps<Cadence>;

/** Time zones offered: the runtime's own list when it has one, else the Nordic and a few others. */
function timeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Europe/Copenhagen', 'Europe/Oslo', 'Europe/Stockholm', 'Europe/Helsinki', 'Europe/Berlin', 'Europe/London', 'UTC'];
  return known.includes(current) ? known : [current, ...known];
}

/**
 * The cadence's editor: the calendar export (every meeting, or one), the time zone, each meeting
 * with its recurrence, first date, time, attendees, agenda, measures and owner (MeetingCard), the
 * participants' e-mail addresses for the invites, and the seller–marketer pairs.
 */
export function CadenceEditor({ workspace, slice, edit }: Props) {
  const { t } = useTranslation('feedbackCadence');
  const tt = t as Translate;
  const { t: inWorkspaceLanguage } = useTranslation('feedbackCadence', { lng: workspace.language });
  const host = useStepHost();
  const zoneId = useId();
  const workshop = workshopOf(workspace);
  const participants = workshop.participants;
  const issues = validateCadence(slice, participants);
  const names = measureNames(workspace, tt);
  const sla = slaOf(workspace);
  const goal = goalOf(workspace);
  const problems = wallProblemsOf(workspace);
  const set = (segments: PathSegment[], value: unknown) => edit([{ type: 'set', path: cadencePath(...segments), value }], { coalesceKey: keyOf(segments) });

  const exportCalendar = async (meetingId?: string) => {
    // The calendar's words are the workspace's language, whatever the facilitator's screen speaks.
    const input = calendarInput(workspace, inWorkspaceLanguage as Translate, new Date(), meetingId);
    if (!input) return;
    const calendar = calendarIcs(input);
    if (calendar.meetingIds.length === 0) {
      host.notify({ tone: 'error', message: t('cli.nothingDated') });
      return;
    }
    await host.saveFile({ fileName: input.fileName, mimeType: 'text/calendar', fileTypeName: t('editor.fileType'), content: calendar.content });
  };

  const addMeeting = () => {
    const meeting: Meeting = {
      id: newId('meeting'),
      title: '',
      purpose: '',
      recurrence: { kind: 'weekly', weekday: 1, interval: 1 },
      firstDate: workshop.date,
      time: '09:00',
      durationMinutes: 30,
      location: '',
      attendeeIds: [],
      agenda: [],
      slaMeasureIds: [],
      stageIds: [],
      ownerId: '',
      reviewsLeads: false,
      answers: [],
      sequence: 0,
    };
    edit([{ type: 'insert', path: cadencePath('meetings'), value: meeting }]);
  };

  const leadReviewMissing = issues.some((issue) => issue.code === 'no_lead_review');
  const nextDates = slice.meetings.flatMap((m) => occurrences(m.recurrence, m.firstDate, 1).map((date) => ({ date, title: m.title }))).sort((a, b) => a.date.localeCompare(b.date));

  return (
    <div className="step-editor cadence-editor">
      <section className="step-section" aria-labelledby="cadence-export-title">
        <h3 id="cadence-export-title">{t('editor.exportTitle')}</h3>
        <p className="cadence-note">{t('editor.exportIntro')}</p>
        <div className="cadence-row">
          <button type="button" className="button button--primary" onClick={() => void exportCalendar()}>
            {t('editor.exportAll')}
          </button>
          <div className="field">
            <label htmlFor={zoneId}>{t('editor.timeZone')}</label>
            <select id={zoneId} value={slice.timeZone} onChange={(event) => isKnownTimeZone(event.target.value) && set(['timeZone'], event.target.value)}>
              {timeZones(slice.timeZone).map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
          </div>
        </div>
        {nextDates[0] ? <p className="cadence-note">{t('editor.firstMeeting', { title: nextDates[0].title, date: formatDate(nextDates[0].date, workspace.language) })}</p> : null}
      </section>

      <section className="step-section" aria-labelledby="cadence-meetings-title">
        <h3 id="cadence-meetings-title">{t('editor.meetingsTitle')}</h3>
        <p className="cadence-note">{t('editor.meetingsIntro')}</p>
        {leadReviewMissing ? <p className="field__error">{t('issues.no_lead_review')}</p> : null}
        <ul className="cadence-meetings">
          {slice.meetings.map((meeting) => (
            <MeetingCard
              key={meeting.id}
              meeting={meeting}
              workspace={workspace}
              participants={participants}
              issues={issues.filter((issue) => issue.path.some((s) => typeof s === 'object' && s.id === meeting.id))}
              commitments={(sla?.commitments ?? []).map((c) => ({ id: c.id, name: names[`sla:${c.id}`] ?? c.id }))}
              stages={(goal?.stages ?? []).map((s) => ({ id: s.id, name: s.name }))}
              problems={problems}
              edit={edit}
              onExport={() => void exportCalendar(meeting.id)}
            />
          ))}
        </ul>
        <button type="button" className="button" disabled={slice.meetings.length >= MAX_MEETINGS} onClick={addMeeting}>
          {t('editor.addMeeting')}
        </button>
      </section>

      <section className="step-section" aria-labelledby="cadence-emails-title">
        <h3 id="cadence-emails-title">{t('editor.emailsTitle')}</h3>
        <p className="cadence-note">{t('editor.emailsIntro')}</p>
        {participants.length === 0 ? <p className="cadence-note">{t('editor.noParticipants')}</p> : null}
        <div className="cadence-emails">
          {TEAMS.flatMap((team) => participants.filter((p) => p.team === team)).map((p) => (
            <TextField
              key={p.id}
              type="email"
              label={t('editor.emailOf', { name: p.name || p.title || p.id })}
              value={slice.emails[p.id] ?? ''}
              maxLength={254}
              validate={(value) => (emailSchema.safeParse(value.trim()).success ? null : t('editor.emailInvalid'))}
              onCommit={(value) =>
                // An address changes the invites of the meetings this person attends: their sequence rises.
                edit(
                  [
                    { type: 'set', path: cadencePath('emails', p.id), value: value.trim() },
                    ...slice.meetings
                      .filter((m) => m.attendeeIds.includes(p.id) || m.ownerId === p.id)
                      .map((m) => ({ type: 'set' as const, path: cadencePath('meetings', { id: m.id }, 'sequence'), value: Math.min(m.sequence + 1, 1_000_000) })),
                  ],
                  { coalesceKey: keyOf(['emails', p.id]) },
                )
              }
            />
          ))}
        </div>
      </section>

      <PairsSection slice={slice} participants={participants} edit={edit} />
    </div>
  );
}

function PairsSection({ slice, participants, edit }: { slice: Cadence; participants: ReturnType<typeof workshopOf>['participants']; edit: Props['edit'] }) {
  const { t } = useTranslation('feedbackCadence');
  const sellers = participants.filter((p) => p.team === 'sales');
  const marketers = participants.filter((p) => p.team === 'marketing');
  const set = (segments: PathSegment[], value: unknown) => edit([{ type: 'set', path: cadencePath(...segments), value }]);
  return (
    <section className="step-section" aria-labelledby="cadence-pairs-title">
      <h3 id="cadence-pairs-title">{t('markdown.pairsTitle')}</h3>
      <ul className="cadence-pairs">
        {slice.pairs.map((pair, i) => (
          <li key={pair.id}>
            <label>
              {t('editor.pairSeller', { n: i + 1 })}
              <select value={pair.sellerId} onChange={(event) => set(['pairs', { id: pair.id }, 'sellerId'], event.target.value)}>
                <option value="">{t('editor.choose')}</option>
                {sellers.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name || p.id}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('editor.pairMarketer', { n: i + 1 })}
              <select value={pair.marketerId} onChange={(event) => set(['pairs', { id: pair.id }, 'marketerId'], event.target.value)}>
                <option value="">{t('editor.choose')}</option>
                {marketers.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name || p.id}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button button--small" onClick={() => edit([{ type: 'remove', path: cadencePath('pairs', { id: pair.id }) }])}>
              {t('editor.removePair', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button"
        disabled={slice.pairs.length >= 50}
        onClick={() => edit([{ type: 'insert', path: cadencePath('pairs'), value: { id: newId('pair'), sellerId: '', marketerId: '' } }])}
      >
        {t('editor.addPair')}
      </button>
    </section>
  );
}
