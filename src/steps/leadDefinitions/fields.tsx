import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadOwner } from '../../domain/lead-schema';
import { TEAMS, type Participant } from '../../domain/workshop';
import { useFieldDraft } from '../kit/use-field-draft';

interface IntFieldProps {
  label: string;
  hideLabel?: boolean;
  value: number | null;
  min: number;
  max: number;
  /** Empty means null (no limit, no cap). */
  nullable?: boolean;
  unit?: string;
  placeholder?: string;
  className?: string;
  onCommit: (value: number | null) => void;
  invalidMessage: string;
}

/** Reads a whole number as typed: "-10", "−10", "+5", " 45 "; '' is null. */
function parseInt(text: string): number | null | undefined {
  const trimmed = text.trim().replace('\u2212', '-');
  if (trimmed === '') return null;
  return /^[-+]?\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

/**
 * A whole-number field that may be negative (points) and may be left empty (no cap, no limit).
 * What the user types stays while the field has focus (Ctrl+Z shows the document at once); an
 * invalid value shows its message there and is not sent.
 */
export function IntField({ label, hideLabel, value, min, max, nullable, unit, placeholder, className, onCommit, invalidMessage }: IntFieldProps) {
  const id = useId();
  const errorId = useId();
  const valid = (next: number | null | undefined): next is number | null =>
    next === null ? Boolean(nullable) : next !== undefined && next >= min && next <= max;
  // What the document will hold, as text ("045" is sent as 45): its own typing coming back is known.
  const sentAs = (typed: string) => {
    const next = parseInt(typed);
    return valid(next) ? (next === null ? '' : String(next)) : null;
  };
  const { draft, onFocus, onBlur, onChange } = useFieldDraft(value === null ? '' : String(value), (typed) => onCommit(parseInt(typed) ?? null), { sentAs });
  const invalid = !valid(parseInt(draft));

  return (
    <div className={`field field--int ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <span className="field__with-unit">
        <input
          id={id}
          inputMode="numeric"
          value={draft}
          placeholder={placeholder}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? errorId : undefined}
          onFocus={onFocus}
          onBlur={onBlur}
          onChange={onChange}
        />
        {unit ? <span className="field__unit">{unit}</span> : null}
      </span>
      {invalid ? (
        <p id={errorId} className="field__error">
          {invalidMessage}
        </p>
      ) : null}
    </div>
  );
}

/** The select's value for an owner: "team:sales", "participant:p-jens", "role". */
const ownerKey = (owner: LeadOwner) => (owner.kind === 'team' ? `team:${owner.team}` : owner.kind === 'participant' ? `participant:${owner.participantId}` : 'role');

interface OwnerFieldProps {
  label: string;
  hideLabel?: boolean;
  owner: LeadOwner;
  participants: readonly Participant[];
  onCommit: (owner: LeadOwner, typing: boolean) => void;
}

/**
 * Who owns a stage or the recycled leads: a team, one of the workshop's participants, or a role
 * in words (then a text field for the role appears beside the choice).
 */
export function OwnerField({ label, hideLabel, owner, participants, onCommit }: OwnerFieldProps) {
  const { t } = useTranslation('leadDefinitions');
  const id = useId();
  const roleId = useId();
  const missing = owner.kind === 'participant' && !participants.some((p) => p.id === owner.participantId);
  return (
    <div className="field lead-owner">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        value={ownerKey(owner)}
        onChange={(event) => {
          const [kind, rest] = event.target.value.split(/:(.*)/s) as [string, string | undefined];
          if (kind === 'team') onCommit({ kind: 'team', team: rest as 'sales' }, false);
          else if (kind === 'participant') onCommit({ kind: 'participant', participantId: rest! }, false);
          else onCommit({ kind: 'role', role: owner.kind === 'role' ? owner.role : '' }, false);
        }}
      >
        <optgroup label={t('editor.owner.teams')}>
          {TEAMS.map((team) => (
            <option key={team} value={`team:${team}`}>
              {t(`owner.teams.${team}`)}
            </option>
          ))}
        </optgroup>
        {participants.length > 0 || missing ? (
          <optgroup label={t('editor.owner.people')}>
            {participants.map((person) => (
              <option key={person.id} value={`participant:${person.id}`}>
                {person.name || t('editor.owner.unnamed')}
              </option>
            ))}
            {missing ? <option value={ownerKey(owner)}>{t('owner.unknown')}</option> : null}
          </optgroup>
        ) : null}
        <option value="role">{t('editor.owner.role')}</option>
      </select>
      {owner.kind === 'role' ? (
        <>
          <label htmlFor={roleId} className="visually-hidden">
            {t('editor.owner.roleText', { label })}
          </label>
          <RoleInput id={roleId} value={owner.role} onCommit={(role) => onCommit({ kind: 'role', role }, true)} placeholder={t('editor.owner.rolePlaceholder')} />
        </>
      ) : null}
    </div>
  );
}

function RoleInput({ id, value, placeholder, onCommit }: { id: string; value: string; placeholder: string; onCommit: (value: string) => void }) {
  const { draft, onFocus, onBlur, onChange } = useFieldDraft(value, onCommit);
  return (
    <input
      id={id}
      className="lead-owner__role"
      value={draft}
      maxLength={200}
      placeholder={placeholder}
      onFocus={onFocus}
      onBlur={onBlur}
      onChange={onChange}
    />
  );
}
