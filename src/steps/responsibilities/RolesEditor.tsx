import { Plus } from 'lucide-react';
import type { TFunction } from 'i18next';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { EditOp } from '../../contract/edit';
import type { Language } from '../../contract/workspace';
import { MAX_ROLE_ABBREVIATION, MAX_ROLE_NAME, MAX_ROLES, type RaciMatrix, type RaciRole } from '../../domain/raci-schema';
import { TEAMS, type Participant, type Team } from '../../domain/workshop';
import type { EditOptions, Notice } from '../kit/host';
import { TextField } from '../kit/TextField';
import { addRoleOps, moveRoleOps, removeRoleOps, setRoleOps } from './edits';
import { CheckRow, RowActions } from './list-parts';
import { listOf, roleName } from './text';

interface RolesEditorProps {
  matrix: RaciMatrix;
  participants: Participant[];
  t: TFunction;
  language: Language;
  edit: (ops: EditOp[], options?: EditOptions) => void;
  notify: (notice: Notice) => void;
}

/**
 * The roles (the grid's columns): name, the short name the projector heads the column with, the
 * side of the chain the rules read (sales, marketing, leadership, other), and the workshop's
 * participants who hold it; reorder, remove, add.
 */
export function RolesEditor({ matrix, participants, t, language, edit, notify }: RolesEditorProps) {
  const nameRef = useRef<HTMLInputElement>(null);
  const ids = { name: useId(), abbreviation: useId() };
  const [draft, setDraft] = useState<{ name: string; abbreviation: string; team: Team }>({ name: '', abbreviation: '', team: 'sales' });
  const full = matrix.roles.length >= MAX_ROLES;

  const add = (event: FormEvent) => {
    event.preventDefault();
    const name = draft.name.trim();
    if (!name || full) return;
    const abbreviation = draft.abbreviation.trim() || name.slice(0, 3).toUpperCase();
    edit(addRoleOps(matrix, { id: `role-${crypto.randomUUID()}`, name, abbreviation, team: draft.team }));
    setDraft({ name: '', abbreviation: '', team: draft.team });
    nameRef.current?.focus();
  };

  return (
    <section className="step-section raci-roles" aria-labelledby="raci-roles-title">
      <h3 id="raci-roles-title">
        {t('roles.title')} <span className="count">({matrix.roles.length})</span>
      </h3>
      <p className="form__hint">{t('roles.hint')}</p>
      {/* Column heads for the eye; each field's own label (hidden) names its row. */}
      <div className="raci-list__head" aria-hidden="true">
        <span className="raci-col--name">{t('roles.nameHead')}</span>
        <span className="raci-col--short">{t('roles.newAbbreviation')}</span>
        <span className="raci-col--team">{t('roles.newTeam')}</span>
        <span className="raci-col--picker">{t('roles.holders')}</span>
        <span className="raci-col--actions" />
      </div>
      <ol className="raci-list">
        {matrix.roles.map((role, index) => {
          const name = roleName(matrix, role.id);
          return (
            <li key={role.id} className="raci-list__row">
              <div className="raci-col--name">
                <TextField
                  label={t('roles.name', { n: index + 1 })}
                  hideLabel
                  value={role.name}
                  maxLength={MAX_ROLE_NAME}
                  onCommit={(value) => edit(setRoleOps(role.id, 'name', value), { coalesceKey: `raci-role-name-${role.id}` })}
                />
              </div>
              <div className="raci-col--short">
                <TextField
                  label={t('roles.abbreviation', { name })}
                  hideLabel
                  value={role.abbreviation}
                  maxLength={MAX_ROLE_ABBREVIATION}
                  onCommit={(value) => edit(setRoleOps(role.id, 'abbreviation', value), { coalesceKey: `raci-role-abbreviation-${role.id}` })}
                />
              </div>
              <TeamSelect label={t('roles.team', { name })} hideLabel value={role.team} t={t} onChange={(team) => edit(setRoleOps(role.id, 'team', team))} />
              <HoldersPicker role={role} name={name} participants={participants} t={t} language={language} edit={edit} />
              <RowActions
                axis="columns"
                index={index}
                count={matrix.roles.length}
                labels={{ back: t('roles.moveLeft', { name }), forward: t('roles.moveRight', { name }), remove: t('roles.remove', { name }) }}
                onMove={(step) => edit(moveRoleOps(matrix, role.id, index + step))}
                onRemove={() => {
                  edit(removeRoleOps(matrix, role.id));
                  notify({ tone: 'info', message: t('roles.removed', { name }), undoable: true });
                }}
              />
            </li>
          );
        })}
      </ol>
      <form className="raci-add" onSubmit={add}>
        <div className="field">
          <label htmlFor={ids.name}>{t('roles.newName')}</label>
          <input ref={nameRef} id={ids.name} value={draft.name} maxLength={MAX_ROLE_NAME} onChange={(event) => setDraft({ ...draft, name: event.target.value })} />
        </div>
        <div className="field raci-col--short">
          <label htmlFor={ids.abbreviation}>{t('roles.newAbbreviation')}</label>
          <input id={ids.abbreviation} value={draft.abbreviation} maxLength={MAX_ROLE_ABBREVIATION} onChange={(event) => setDraft({ ...draft, abbreviation: event.target.value })} />
        </div>
        <TeamSelect label={t('roles.newTeam')} value={draft.team} t={t} onChange={(team) => setDraft({ ...draft, team })} />
        <button type="submit" className="button" disabled={full || draft.name.trim() === ''}>
          <Plus aria-hidden="true" size={16} />
          {t('roles.add')}
        </button>
      </form>
    </section>
  );
}

function TeamSelect({ label, value, t, onChange, hideLabel }: { label: string; value: Team; t: TFunction; onChange: (team: Team) => void; hideLabel?: boolean }) {
  const id = useId();
  return (
    <div className="field raci-col--team">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as Team)}>
        {TEAMS.map((team) => (
          <option key={team} value={team}>
            {t(`common:teams.${team}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Who holds a role: the workshop's participants as checkboxes, the chosen ones named on the summary. */
function HoldersPicker({ role, name, participants, t, language, edit }: { role: RaciRole; name: string; participants: Participant[]; t: TFunction; language: Language; edit: RolesEditorProps['edit'] }) {
  const holders = role.holders.flatMap((id) => participants.filter((p) => p.id === id));
  return (
    <details className="raci-picker raci-col--picker">
      <summary>
        <span className="visually-hidden">{t('roles.holdersOf', { name })}: </span>
        {holders.length > 0 ? listOf(holders.map((p) => p.name || t('roles.unnamedParticipant')), language) : t('roles.nobody')}
      </summary>
      <fieldset>
        <legend>{t('roles.holdersOf', { name })}</legend>
        {participants.length === 0 ? <p className="form__hint">{t('roles.noParticipants')}</p> : null}
        {participants.map((participant) => (
          <CheckRow
            key={participant.id}
            label={participant.title ? `${participant.name} (${participant.title})` : participant.name || t('roles.unnamedParticipant')}
            checked={role.holders.includes(participant.id)}
            onChange={(checked) =>
              edit(setRoleOps(role.id, 'holders', checked ? [...role.holders, participant.id] : role.holders.filter((id) => id !== participant.id)))
            }
          />
        ))}
      </fieldset>
    </details>
  );
}
