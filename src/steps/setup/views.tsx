import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { clientCompanySchema, languageSchema, workspaceNameSchema, type Workspace } from '../../contract/workspace';
import { clockTime, timePlan } from '../../domain/agenda';
import { CURRENCIES, formatDate } from '../kit/format';
import type { StepEditorProps, StepViews } from '../kit/views';
import { TextField } from '../kit/TextField';
import { AgendaEditor, formatDuration } from './AgendaEditor';
import type { Team } from '../../domain/workshop';
import type { SetupSlice } from './definition';
import { ParticipantsEditor } from './ParticipantsEditor';

const TEAMS: Team[] = ['sales', 'marketing', 'leadership', 'other'];

/** The set-up editor: the workshop's facts, who takes part, and the agenda. */
function SetupEditor({ workspace, slice, edit }: StepEditorProps<SetupSlice>) {
  const { t } = useTranslation('setup');
  const ids = { date: useId(), language: useId(), currency: useId() };
  const setField = (path: string[], value: unknown, key = path.join('.')) => edit([{ type: 'set', path, value }], { coalesceKey: key });

  return (
    <div className="step-editor">
      <section className="step-section" aria-labelledby="workshop-title">
        <h3 id="workshop-title">{t('workshop.title')}</h3>
        <div className="details-grid">
          <TextField
            label={t('workshop.name')}
            value={workspace.name}
            validate={(value) => (workspaceNameSchema.safeParse(value).success ? null : t('workshop.nameRequired'))}
            onCommit={(value) => setField(['name'], value)}
          />
          <TextField
            label={t('workshop.clientCompany')}
            value={workspace.clientCompany}
            validate={(value) => (clientCompanySchema.safeParse(value).success ? null : t('workshop.tooLong'))}
            onCommit={(value) => setField(['clientCompany'], value)}
          />
          <div className="field">
            <label htmlFor={ids.date}>{t('workshop.date')}</label>
            <input id={ids.date} type="date" value={slice.date} onChange={(event) => setField(['steps', 'setup', 'date'], event.target.value)} />
          </div>
          <TextField label={t('workshop.location')} value={slice.location} onCommit={(value) => setField(['steps', 'setup', 'location'], value)} />
          <TextField label={t('workshop.facilitator')} value={slice.facilitator} onCommit={(value) => setField(['steps', 'setup', 'facilitator'], value)} />
          <div className="field">
            <label htmlFor={ids.language}>{t('workshop.language')}</label>
            <select id={ids.language} value={workspace.language} onChange={(event) => setField(['language'], languageSchema.parse(event.target.value))}>
              <option value="da">{t('common:languages.da')}</option>
              <option value="en">{t('common:languages.en')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.currency}>{t('workshop.currency')}</label>
            <select id={ids.currency} value={workspace.currency} onChange={(event) => setField(['currency'], event.target.value)}>
              {[...new Set([workspace.currency, ...CURRENCIES])].map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </div>
        </div>
      </section>
      <ParticipantsEditor participants={slice.participants} edit={edit} />
      <AgendaEditor setup={slice} edit={edit} />
    </div>
  );
}

/** What the room sees: who is here, and the plan for the day. Large, calm, no controls. */
function SetupPresenter({ workspace, slice }: { workspace: Workspace; slice: SetupSlice }) {
  const { t } = useTranslation('setup', { lng: workspace.language });
  const plan = timePlan(slice.agenda, slice.startTime, slice.endTime || null);
  const facts = [slice.date ? formatDate(slice.date, workspace.language) : null, slice.location || null].filter(Boolean).join(' · ');
  return (
    <div className="present-setup">
      <div className="present-setup__intro">
        <p className="present-kicker">{workspace.clientCompany}</p>
        {facts ? <p className="present-facts">{facts}</p> : null}
      </div>
      <div className="present-columns">
        <section aria-labelledby="present-agenda">
          <h2 id="present-agenda">{t('agenda.title')}</h2>
          {/* A long day's agenda runs in two columns, so the projector can show it large. */}
          <ol className={`present-agenda${plan.items.filter((entry) => entry.item.enabled).length > 7 ? ' present-agenda--long' : ''}`}>
            {plan.items
              .filter((entry) => entry.item.enabled)
              .map(({ item, startMinute }) => (
                <li key={item.id}>
                  <span className="present-agenda__time">{clockTime(startMinute ?? 0)}</span>
                  <span>{item.kind === 'step' ? t(`${item.stepId}:title`, { defaultValue: item.stepId }) : item.title}</span>
                </li>
              ))}
          </ol>
        </section>
        {slice.participants.length > 0 ? (
          <section aria-labelledby="present-participants">
            <h2 id="present-participants">{t('participants.title')}</h2>
            {TEAMS.map((team) => {
              const members = slice.participants.filter((participant) => participant.team === team);
              if (members.length === 0) return null;
              return (
                <div key={team} className="present-team">
                  <h3>{t(`common:teams.${team}`)}</h3>
                  <p>{members.map((member) => member.name).join(', ')}</p>
                </div>
              );
            })}
          </section>
        ) : null}
      </div>
    </div>
  );
}

/** The set-up as the playbook's opening section, in the workspace's language. */
function SetupPlaybookSection({ workspace, slice }: { workspace: Workspace; slice: SetupSlice }) {
  const { t } = useTranslation('setup', { lng: workspace.language });
  const plan = timePlan(slice.agenda, slice.startTime, slice.endTime || null);
  return (
    <section className="playbook-section">
      <h2>{t('title')}</h2>
      <dl className="playbook-facts">
        <dt>{t('workshop.clientCompany')}</dt>
        <dd>{workspace.clientCompany}</dd>
        {slice.date ? (
          <>
            <dt>{t('workshop.date')}</dt>
            <dd>{formatDate(slice.date, workspace.language)}</dd>
          </>
        ) : null}
        {slice.location ? (
          <>
            <dt>{t('workshop.location')}</dt>
            <dd>{slice.location}</dd>
          </>
        ) : null}
        {slice.facilitator ? (
          <>
            <dt>{t('workshop.facilitator')}</dt>
            <dd>{slice.facilitator}</dd>
          </>
        ) : null}
      </dl>
      <h3>{t('participants.title')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('participants.name')}</th>
            <th scope="col">{t('participants.jobTitle')}</th>
            <th scope="col">{t('participants.team')}</th>
          </tr>
        </thead>
        <tbody>
          {slice.participants.map((participant) => (
            <tr key={participant.id}>
              <td>{participant.name}</td>
              <td>{participant.title}</td>
              <td>{t(`common:teams.${participant.team}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('agenda.title')}</h3>
      <table>
        <tbody>
          {plan.items
            .filter((entry) => entry.item.enabled)
            .map(({ item, startMinute, endMinute }) => (
              <tr key={item.id}>
                <td>
                  {clockTime(startMinute ?? 0)}–{clockTime(endMinute ?? 0)}
                </td>
                <td>{item.kind === 'step' ? t(`${item.stepId}:title`, { defaultValue: item.stepId }) : item.title}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <p>{t('agenda.total', { duration: formatDuration(plan.totalMinutes, t), end: clockTime(plan.endMinute) })}</p>
    </section>
  );
}

const setupViews: StepViews<SetupSlice> = {
  Editor: SetupEditor,
  Presenter: SetupPresenter,
  PlaybookSection: SetupPlaybookSection,
};

export default setupViews;
