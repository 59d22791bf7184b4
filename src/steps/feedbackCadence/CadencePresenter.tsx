import { useTranslation } from 'react-i18next';
import type { Translate } from '../../contract/step-definition';
import { weekAtAGlance, yearAtAGlance } from '../../domain/cadence';
import type { Cadence } from '../../domain/cadence-schema';
import { workshopOf } from '../../domain/workshop';
import { LOCALES } from '../kit/format';
import { useFitToBox } from '../kit/use-fit-to-box';
import type { StepPresenterProps } from '../kit/views';
import { endTime, recurrenceText } from './text';

const SYMBOLS = ['●', '◆', '■', '▲', '★', '✚'];
/** The mark of the i-th monthly or quarterly meeting in the year view (its legend shows which). */
const symbolOf = (i: number) => SYMBOLS[i % SYMBOLS.length]!;

/** The year the cadence starts in: the earliest first date, else the workshop's own year. */
function startYear(cadence: Cadence, fallback: string): number {
  const dates = cadence.meetings.map((m) => m.firstDate).filter(Boolean).sort();
  const first = dates[0] ?? fallback;
  return first ? Number(first.slice(0, 4)) : new Date().getFullYear();
}

/**
 * The cadence on the projector: a week at a glance (Monday to Friday, the daily and weekly
 * meetings at their times) beside a year at a glance (the monthly and quarterly meetings' dates
 * month by month). Large, no controls, scaled to fit the screen.
 */
export function CadencePresenter({ workspace, slice }: StepPresenterProps<Cadence>) {
  const lng = workspace.language;
  const { t } = useTranslation('feedbackCadence', { lng });
  const tt = t as Translate;
  const box = useFitToBox<HTMLDivElement>(slice, 0.35);
  const week = weekAtAGlance(slice.meetings);
  const year = startYear(slice, workshopOf(workspace).date);
  const months = yearAtAGlance(slice.meetings, year);
  const monthName = (month: number) => new Intl.DateTimeFormat(LOCALES[lng], { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
  const titleOf = (id: string) => slice.meetings.find((m) => m.id === id)?.title ?? id;
  const yearly = slice.meetings.filter((m) => m.recurrence.kind === 'monthly' || m.recurrence.kind === 'quarterly');

  return (
    <div className="cadence-present" ref={box}>
      <section className="cadence-present__week" aria-labelledby="cadence-present-week" data-fit="">
        <h2 id="cadence-present-week">{t('present.week')}</h2>
        <ol className="cadence-present__days">
          {week.map((day) => (
            <li key={day.weekday} className="cadence-present__day">
              <h3>{t(`weekdays.${day.weekday}`)}</h3>
              <ul>
                {day.meetings.map((m) => (
                  <li key={m.id} className={`cadence-present__meeting${m.reviewsLeads ? ' cadence-present__meeting--leads' : ''}`}>
                    <span className="cadence-present__time">
                      {m.time}–{endTime(m)}
                    </span>
                    <span className="cadence-present__title">{m.title}</span>
                    {m.recurrence.kind === 'weekly' && m.recurrence.interval > 1 ? <span className="cadence-present__time">{recurrenceText(m.recurrence, tt)}</span> : null}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
      <section className="cadence-present__year" aria-labelledby="cadence-present-year" data-fit="">
        <h2 id="cadence-present-year">{t('present.year', { year })}</h2>
        <ul className="cadence-present__legend">
          {yearly.map((m, i) => (
            <li key={m.id}>
              <span className={`cadence-present__symbol cadence-present__symbol--${m.recurrence.kind}`} aria-hidden="true">
                {symbolOf(i)}
              </span>{' '}
              <strong>{m.title}</strong>: {recurrenceText(m.recurrence, tt)}, {m.time}
            </li>
          ))}
        </ul>
        <ol className="cadence-present__months">
          {months.map((month) => (
            <li key={month.month} className={month.dates.length > 0 ? 'cadence-present__month cadence-present__month--busy' : 'cadence-present__month'}>
              <span className="cadence-present__month-name">{monthName(month.month)}</span>
              {month.dates.map((d) => {
                const index = yearly.findIndex((m) => m.id === d.meetingId);
                return (
                  <span key={`${d.meetingId}-${d.date}`} className={`cadence-present__mark cadence-present__mark--${yearly[index]?.recurrence.kind ?? 'monthly'}`}>
                    <span aria-hidden="true">{symbolOf(index)} </span>
                    {Number(d.date.slice(8, 10))}
                    <span className="visually-hidden">{t('present.mark', { title: titleOf(d.meetingId) })}</span>
                  </span>
                );
              })}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
