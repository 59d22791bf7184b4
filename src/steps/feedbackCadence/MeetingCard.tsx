import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathSegment } from '../../contract/edit';
import type { Translate } from '../../contract/step-definition';
import type { Workspace } from '../../contract/workspace';
import { occurrences, type CadenceIssue } from '../../domain/cadence';
import { MAX_AGENDA_ITEMS, type Meeting, type Recurrence } from '../../domain/cadence-schema';
import { TEAMS, type Participant } from '../../domain/workshop';
import { formatDate } from '../kit/format';
import { NumberField } from '../kit/NumberField';
import { TextField } from '../kit/TextField';
import type { StepEditorProps } from '../kit/views';
import { cadencePath, keyOf, newId } from './paths';
import { endTime, recurrenceText } from './text';

interface Props {
  meeting: Meeting;
  workspace: Workspace;
  participants: readonly Participant[];
  issues: CadenceIssue[];
  commitments: { id: string; name: string }[];
  stages: { id: string; name: string }[];
  problems: { id: string; name: string }[];
  edit: StepEditorProps<unknown>['edit'];
  onExport: () => void;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const WEEKS = [1, 2, 3, 4, -1] as const;
const KINDS: readonly Recurrence['kind'][] = ['workingDays', 'weekly', 'monthly', 'quarterly'];
const NTH: Record<number, string> = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' };

/** A recurrence of another kind, keeping the weekday where both have one. */
function switchKind(current: Recurrence, kind: Recurrence['kind']): Recurrence {
  const weekday = current.kind === 'workingDays' ? 2 : current.weekday;
  if (kind === 'workingDays') return { kind };
  if (kind === 'weekly') return { kind, weekday, interval: 1 };
  return { kind, weekday, week: current.kind === 'monthly' || current.kind === 'quarterly' ? current.week : 1 };
}

/**
 * One meeting: its name and purpose, when it recurs (with the next dates, so the room sees what
 * "the first Tuesday" means), time and length, place, owner, attendees by team, whether it
 * reviews leads, its agenda, the measures it looks at and the problems it answers. Every change
 * that a calendar shows raises the meeting's sequence, so a second export updates the invites.
 */
export function MeetingCard({ meeting, workspace, participants, issues, commitments, stages, problems, edit, onExport }: Props) {
  const { t } = useTranslation('feedbackCadence');
  const { t: common } = useTranslation('common');
  const tt = t as Translate;
  const ids = { kind: useId(), weekday: useId(), week: useId(), interval: useId(), date: useId(), time: useId(), owner: useId(), purpose: useId() };
  const at = (...segments: PathSegment[]) => cadencePath('meetings', { id: meeting.id }, ...segments);
  const bump = { type: 'set' as const, path: at('sequence'), value: Math.min(meeting.sequence + 1, 1_000_000) };
  const set = (segments: PathSegment[], value: unknown, shown = true) =>
    edit([{ type: 'set', path: at(...segments), value }, ...(shown ? [bump] : [])], { coalesceKey: keyOf([meeting.id, ...segments]) });
  const title = meeting.title.trim() || t('editor.untitled');
  const { recurrence } = meeting;
  const next = occurrences(recurrence, meeting.firstDate, 3);
  const toggle = (list: readonly string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));

  return (
    <li className="cadence-meeting">
      <fieldset>
        <legend>{title}</legend>
        {issues.length > 0 ? (
          <ul className="cadence-issues" aria-label={t('editor.issuesOf', { name: title })}>
            {issues.map((issue) => (
              <li key={issue.code}>{t(`issues.${issue.code}`, { count: issue.params['count'] ?? 0, n: issue.params['count'] ?? 0 })}</li>
            ))}
          </ul>
        ) : null}
        <div className="cadence-grid">
          <TextField label={t('editor.title')} value={meeting.title} maxLength={200} onCommit={(value) => set(['title'], value)} />
          <div className="field cadence-wide">
            <label htmlFor={ids.purpose}>{t('markdown.purpose')}</label>
            <textarea id={ids.purpose} rows={2} maxLength={1000} value={meeting.purpose} onChange={(event) => set(['purpose'], event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={ids.kind}>{t('editor.recurrence')}</label>
            <select id={ids.kind} value={recurrence.kind} onChange={(event) => set(['recurrence'], switchKind(recurrence, event.target.value as Recurrence['kind']))}>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`editor.kinds.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          {recurrence.kind === 'monthly' || recurrence.kind === 'quarterly' ? (
            <div className="field">
              <label htmlFor={ids.week}>{t('editor.week')}</label>
              <select id={ids.week} value={String(recurrence.week)} onChange={(event) => set(['recurrence', 'week'], Number(event.target.value))}>
                {WEEKS.map((week) => (
                  <option key={week} value={String(week)}>
                    {t(`nth.${NTH[week]}`)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {recurrence.kind !== 'workingDays' ? (
            <div className="field">
              <label htmlFor={ids.weekday}>{t('editor.weekday')}</label>
              <select id={ids.weekday} value={String(recurrence.weekday)} onChange={(event) => set(['recurrence', 'weekday'], Number(event.target.value))}>
                {WEEKDAYS.map((day) => (
                  <option key={day} value={String(day)}>
                    {t(`weekdays.${day}`)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {recurrence.kind === 'weekly' ? (
            <div className="field">
              <label htmlFor={ids.interval}>{t('editor.interval')}</label>
              <select id={ids.interval} value={String(recurrence.interval)} onChange={(event) => set(['recurrence', 'interval'], Number(event.target.value))}>
                {[1, 2, 3, 4].map((n) => (
                  <option key={n} value={String(n)}>
                    {t('editor.everyWeeks', { count: n, n })}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor={ids.date}>{t('editor.firstDate')}</label>
            <input id={ids.date} type="date" value={meeting.firstDate} onChange={(event) => set(['firstDate'], event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={ids.time}>{t('markdown.time')}</label>
            <input id={ids.time} type="time" value={meeting.time} onChange={(event) => /^\d\d:\d\d$/.test(event.target.value) && set(['time'], event.target.value)} />
          </div>
          <NumberField
            label={t('markdown.duration')}
            value={meeting.durationMinutes}
            min={5}
            max={480}
            unit={t('editor.minutesUnit')}
            invalidMessage={t('editor.durationInvalid')}
            onCommit={(value) => set(['durationMinutes'], value)}
          />
          <TextField label={t('markdown.location')} value={meeting.location} maxLength={300} onCommit={(value) => set(['location'], value)} />
          <div className="field">
            <label htmlFor={ids.owner}>{t('markdown.owner')}</label>
            <select id={ids.owner} value={meeting.ownerId} onChange={(event) => set(['ownerId'], event.target.value)}>
              <option value="">{t('editor.choose')}</option>
              {participants.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name || p.id}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="cadence-when">
          {recurrenceText(recurrence, tt)}
          {next.length > 0 ? ` · ${t('editor.next', { dates: next.map((date) => formatDate(date, workspace.language)).join(', '), time: meeting.time, end: endTime(meeting) })}` : ` · ${t('markdown.notPlanned')}`}
        </p>

        <fieldset className="cadence-checks">
          <legend>{t('markdown.attendees')}</legend>
          {participants.length === 0 ? <p className="cadence-note">{t('editor.noAttendees')}</p> : null}
          {TEAMS.map((team) => {
            const people = participants.filter((p) => p.team === team);
            if (people.length === 0) return null;
            return (
              <div key={team} className="cadence-team">
                <span className="cadence-team__name">{common(`teams.${team}`)}</span>
                {people.map((p) => (
                  <label key={p.id} className="check">
                    <input type="checkbox" checked={meeting.attendeeIds.includes(p.id)} onChange={(event) => set(['attendeeIds'], toggle(meeting.attendeeIds, p.id, event.target.checked))} />
                    {p.name || p.id}
                  </label>
                ))}
              </div>
            );
          })}
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={meeting.reviewsLeads} onChange={(event) => set(['reviewsLeads'], event.target.checked, false)} />
          {t('editor.reviewsLeads')}
        </label>

        <fieldset className="cadence-agenda">
          <legend>{t('markdown.agenda')}</legend>
          <ol>
            {meeting.agenda.map((point, i) => (
              <li key={point.id}>
                <TextField label={t('editor.agendaPoint', { n: i + 1 })} hideLabel value={point.text} maxLength={300} onCommit={(value) => set(['agenda', { id: point.id }, 'text'], value)} />
                <button type="button" className="button button--small" onClick={() => edit([{ type: 'remove', path: at('agenda', { id: point.id }) }, bump])}>
                  {t('editor.removePoint', { n: i + 1 })}
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button button--small"
            disabled={meeting.agenda.length >= MAX_AGENDA_ITEMS}
            onClick={() => edit([{ type: 'insert', path: at('agenda'), value: { id: newId(meeting.id), text: '' } }, bump])}
          >
            {t('editor.addPoint')}
          </button>
        </fieldset>

        {commitments.length > 0 || stages.length > 0 ? (
          <fieldset className="cadence-checks">
            <legend>{t('markdown.measures')}</legend>
            {commitments.map((c) => (
              <label key={c.id} className="check">
                <input type="checkbox" checked={meeting.slaMeasureIds.includes(c.id)} onChange={(event) => set(['slaMeasureIds'], toggle(meeting.slaMeasureIds, c.id, event.target.checked))} />
                {c.name}
              </label>
            ))}
            {stages.map((s) => (
              <label key={s.id} className="check">
                <input type="checkbox" checked={meeting.stageIds.includes(s.id)} onChange={(event) => set(['stageIds'], toggle(meeting.stageIds, s.id, event.target.checked))} />
                {t('editor.stage', { name: s.name })}
              </label>
            ))}
          </fieldset>
        ) : null}

        {problems.length > 0 ? (
          <fieldset className="cadence-checks">
            <legend>{t('editor.answers')}</legend>
            {problems.map((problem) => (
              <label key={problem.id} className="check">
                <input type="checkbox" checked={meeting.answers.includes(problem.id)} onChange={(event) => set(['answers'], toggle(meeting.answers, problem.id, event.target.checked), false)} />
                {problem.name}
              </label>
            ))}
          </fieldset>
        ) : null}

        <div className="cadence-row">
          <button type="button" className="button" onClick={onExport} disabled={meeting.firstDate === ''}>
            {t('editor.exportOne', { name: title })}
          </button>
          <button type="button" className="button button--danger" onClick={() => edit([{ type: 'remove', path: cadencePath('meetings', { id: meeting.id }) }])}>
            {t('editor.removeMeeting', { name: title })}
          </button>
        </div>
      </fieldset>
    </li>
  );
}
