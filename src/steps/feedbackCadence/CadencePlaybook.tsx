import { useTranslation } from 'react-i18next';
import type { Translate } from '../../contract/step-definition';
import { missingSides } from '../../domain/cadence';
import type { Cadence } from '../../domain/cadence-schema';
import { participantName, workshopOf } from '../../domain/workshop';
import { formatDate } from '../kit/format';
import type { StepPlaybookProps } from '../kit/views';
import { endTime, measureNames, meetingMeasures, recurrenceText } from './text';

/**
 * The cadence as the playbook's section, in the workspace's language: an overview of the
 * meetings (four narrow columns, for A4 and Letter), then each meeting with its purpose, when and
 * where, owner, attendees, the measures it looks at and its agenda; and the seller–marketer pairs.
 */
export function CadencePlaybookSection({ workspace, slice }: StepPlaybookProps<Cadence>) {
  const lng = workspace.language;
  const { t } = useTranslation('feedbackCadence', { lng });
  const tt = t as Translate;
  const workshop = workshopOf(workspace);
  const names = measureNames(workspace, tt);
  const person = (id: string) => participantName(workshop, id);
  const none = t('markdown.none');
  return (
    <section className="playbook-section cadence-playbook">
      <h2>{t('title')}</h2>
      <p>{t('markdown.timeZone', { zone: slice.timeZone })}</p>
      <table className="cadence-playbook__table">
        <thead>
          <tr>
            <th scope="col">{t('markdown.meeting')}</th>
            <th scope="col">{t('markdown.when')}</th>
            <th scope="col">{t('markdown.time')}</th>
            <th scope="col">{t('markdown.owner')}</th>
          </tr>
        </thead>
        <tbody>
          {slice.meetings.map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.title}</th>
              <td>{recurrenceText(m.recurrence, tt)}</td>
              <td>
                {m.time}–{endTime(m)}
              </td>
              <td>{person(m.ownerId) || none}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {slice.meetings.map((m) => {
        const missing = missingSides(m, workshop.participants);
        const agenda = m.agenda.filter((point) => point.text.trim() !== '');
        const measures = meetingMeasures(m, names);
        return (
          <div key={m.id} className="cadence-playbook__meeting">
            <h3>{m.title}</h3>
            {m.purpose.trim() ? <p>{m.purpose}</p> : null}
            <dl className="playbook-facts">
              <dt>{t('markdown.when')}</dt>
              <dd>
                {recurrenceText(m.recurrence, tt)}.{' '}
                {m.firstDate ? t('markdown.startsOn', { date: formatDate(m.firstDate, lng), time: m.time, end: endTime(m) }) : t('markdown.notPlanned')}
              </dd>
              {m.location.trim() ? (
                <>
                  <dt>{t('markdown.location')}</dt>
                  <dd>{m.location}</dd>
                </>
              ) : null}
              <dt>{t('markdown.owner')}</dt>
              <dd>{person(m.ownerId) || none}</dd>
              <dt>{t('markdown.attendees')}</dt>
              <dd>{m.attendeeIds.map(person).filter(Boolean).join(', ') || none}</dd>
              {measures.length > 0 ? (
                <>
                  <dt>{t('markdown.measures')}</dt>
                  <dd>{measures.join(', ')}</dd>
                </>
              ) : null}
            </dl>
            {missing.length > 0 ? (
              <p className="cadence-playbook__warning">
                {t('markdown.missingSides', { sides: missing.length === 2 ? t('markdown.sidesBoth') : t(missing[0] === 'sales' ? 'markdown.sidesSales' : 'markdown.sidesMarketing') })}
              </p>
            ) : null}
            {agenda.length > 0 ? (
              <>
                <h4>{t('markdown.agenda')}</h4>
                <ol>
                  {agenda.map((point) => (
                    <li key={point.id}>{point.text}</li>
                  ))}
                </ol>
              </>
            ) : null}
          </div>
        );
      })}
      {slice.pairs.length > 0 ? (
        <>
          <h3>{t('markdown.pairsTitle')}</h3>
          <ul>
            {slice.pairs.map((pair) => (
              <li key={pair.id}>{t('markdown.pair', { seller: person(pair.sellerId) || none, marketer: person(pair.marketerId) || none })}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
