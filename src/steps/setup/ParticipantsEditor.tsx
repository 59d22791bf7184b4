import { ArrowDown, ArrowUp, Trash2, UserPlus } from 'lucide-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditOp } from '../../contract/edit';
import { moveItem } from '../../domain/agenda';
import type { EditOptions } from '../kit/host';
import { TextField } from '../kit/TextField';
import { teamSchema, type Participant, type Team } from '../../domain/workshop';

const PATH = ['steps', 'setup', 'participants'];
const TEAMS: Team[] = ['sales', 'marketing', 'leadership', 'other'];

interface ParticipantsEditorProps {
  participants: Participant[];
  edit: (ops: EditOp[], options?: EditOptions) => void;
}

/**
 * Who takes part. Adding is made for the keyboard: type a name, Tab to the title and team,
 * Enter adds the person and puts the cursor back in the name field for the next one.
 */
export function ParticipantsEditor({ participants, edit }: ParticipantsEditorProps) {
  const { t } = useTranslation('setup');
  const nameRef = useRef<HTMLInputElement>(null);
  const ids = { name: useId(), title: useId(), team: useId(), error: useId() };
  const [draft, setDraft] = useState<{ name: string; title: string; team: Team }>({ name: '', title: '', team: 'sales' });
  const [tried, setTried] = useState(false);
  const nameMissing = draft.name.trim() === '';

  function add(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (nameMissing) return;
    const participant: Participant = { id: crypto.randomUUID(), name: draft.name.trim(), title: draft.title.trim(), team: draft.team };
    edit([{ type: 'insert', path: PATH, value: participant }]);
    setDraft({ name: '', title: '', team: draft.team });
    setTried(false);
    nameRef.current?.focus();
  }

  const field = (participant: Participant, key: 'name' | 'title', value: string) =>
    edit([{ type: 'set', path: [...PATH, { id: participant.id }, key], value }], { coalesceKey: `participant:${participant.id}:${key}` });

  return (
    <section className="step-section" aria-labelledby="participants-title">
      <h3 id="participants-title">
        {t('participants.title')} <span className="count">({participants.length})</span>
      </h3>
      {participants.length === 0 ? <p className="form__hint">{t('participants.empty')}</p> : null}
      <ul className="participant-list">
        {participants.map((participant, index) => (
          <li key={participant.id} className="participant-row" aria-label={participant.name || t('participants.unnamed')}>
            <TextField
              label={t('participants.name')}
              hideLabel={index > 0}
              value={participant.name}
              validate={(value) => (value.trim() === '' ? t('participants.nameRequired') : null)}
              onCommit={(value) => field(participant, 'name', value)}
            />
            <TextField
              label={t('participants.jobTitle')}
              hideLabel={index > 0}
              value={participant.title}
              onCommit={(value) => field(participant, 'title', value)}
            />
            <TeamSelect
              label={t('participants.team')}
              hideLabel={index > 0}
              value={participant.team}
              onChange={(team) => edit([{ type: 'set', path: [...PATH, { id: participant.id }, 'team'], value: team }])}
            />
            <div className="row-actions">
              <button
                type="button"
                className="icon-button"
                aria-label={t('participants.moveUp', { name: participant.name })}
                disabled={index === 0}
                onClick={() => {
                  const move = moveItem(participants, participant.id, -1);
                  if (move) edit([{ type: 'move', path: [...PATH, { id: participant.id }], toIndex: move.to }]);
                }}
              >
                <ArrowUp aria-hidden="true" size={18} />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('participants.moveDown', { name: participant.name })}
                disabled={index === participants.length - 1}
                onClick={() => {
                  const move = moveItem(participants, participant.id, 1);
                  if (move) edit([{ type: 'move', path: [...PATH, { id: participant.id }], toIndex: move.to }]);
                }}
              >
                <ArrowDown aria-hidden="true" size={18} />
              </button>
              <button
                type="button"
                className="icon-button icon-button--danger"
                aria-label={t('participants.remove', { name: participant.name })}
                onClick={() => edit([{ type: 'remove', path: [...PATH, { id: participant.id }] }])}
              >
                <Trash2 aria-hidden="true" size={18} />
              </button>
            </div>
          </li>
        ))}
      </ul>
      <form className="participant-add" onSubmit={add} noValidate aria-label={t('participants.addForm')}>
        <div className="field">
          <label htmlFor={ids.name}>{t('participants.newName')}</label>
          <input
            id={ids.name}
            ref={nameRef}
            value={draft.name}
            aria-invalid={tried && nameMissing ? true : undefined}
            aria-describedby={tried && nameMissing ? ids.error : undefined}
            onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          />
          {tried && nameMissing ? (
            <p id={ids.error} className="field__error">
              {t('participants.nameRequired')}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={ids.title}>{t('participants.newTitle')}</label>
          <input id={ids.title} value={draft.title} onChange={(event) => setDraft({ ...draft, title: event.target.value })} />
        </div>
        <TeamSelect label={t('participants.newTeam')} value={draft.team} onChange={(team) => setDraft({ ...draft, team })} />
        <button type="submit" className="button button--primary">
          <UserPlus aria-hidden="true" size={18} />
          {t('participants.add')}
        </button>
      </form>
    </section>
  );
}

function TeamSelect({ label, hideLabel, value, onChange }: { label: string; hideLabel?: boolean; value: Team; onChange: (team: Team) => void }) {
  const { t } = useTranslation('setup');
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(teamSchema.parse(event.target.value))}>
        {TEAMS.map((team) => (
          <option key={team} value={team}>
            {t(`common:teams.${team}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
