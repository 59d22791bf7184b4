import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../../contract/step-definition';
import type { Workspace } from '../../contract/workspace';
import { goalOf } from '../../domain/goal-access';
import { marketingCommitment, mqlDefinitionOf, slaCapacity, validateSla, type SlaIssue } from '../../domain/sla';
import type { Sla, SlaOwner } from '../../domain/sla-schema';
import { TEAMS, workshopOf, type Participant } from '../../domain/workshop';
import { stepFormat } from '../kit/format';
import type { TextContext } from './text';

/** Everything the SLA's views derive from the workspace, in one place (and one language). */
export function useSlaView(workspace: Workspace, slice: Sla, lng?: 'da' | 'en') {
  const { t } = useTranslation('serviceLevel', lng ? { lng } : undefined);
  const format = stepFormat(workspace.language, workspace.currency);
  const participants = workshopOf(workspace).participants;
  const goal = goalOf(workspace);
  const text: TextContext = { t: t as Translate, format };
  return {
    t: t as Translate,
    text,
    format,
    participants,
    goal,
    mqls: marketingCommitment(goal),
    capacity: slaCapacity(goal, slice.sales),
    definition: mqlDefinitionOf(workspace),
    issues: validateSla(slice, participants),
  };
}
export type SlaView = ReturnType<typeof useSlaView>;

/** The issues of one commitment (or the outcomes), by the field they are about. */
export function issuesAt(issues: readonly SlaIssue[], id: string): SlaIssue[] {
  return issues.filter((issue) => issue.path.some((segment) => typeof segment === 'object' && segment.id === id));
}

const ROLE = '__role';

/**
 * Chooses who owns a commitment or is told when it slips: one of the workshop's people (by team),
 * or a role in words. A role shows a text field for its name.
 */
export function OwnerPicker({ label, owner, participants, onChange }: { label: string; owner: SlaOwner; participants: readonly Participant[]; onChange: (owner: SlaOwner) => void }) {
  const { t } = useTranslation('serviceLevel');
  const { t: common } = useTranslation('common');
  const selectId = useId();
  const roleId = useId();
  const value = owner.kind === 'role' ? ROLE : owner.participantId;
  return (
    <div className="sla-owner">
      <div className="field">
        <label htmlFor={selectId}>{label}</label>
        <select
          id={selectId}
          value={value}
          onChange={(event) => {
            const next = event.target.value;
            onChange(next === ROLE ? { kind: 'role', role: owner.kind === 'role' ? owner.role : '' } : { kind: 'participant', participantId: next });
          }}
        >
          <option value="">{t('editor.chooseOwner')}</option>
          {TEAMS.map((team) => {
            const people = participants.filter((p) => p.team === team);
            if (people.length === 0) return null;
            return (
              <optgroup key={team} label={common(`teams.${team}`)}>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name || p.title || p.id}
                  </option>
                ))}
              </optgroup>
            );
          })}
          {owner.kind === 'participant' && owner.participantId !== '' && !participants.some((p) => p.id === owner.participantId) ? (
            <option value={owner.participantId}>{t('editor.formerParticipant')}</option>
          ) : null}
          <option value={ROLE}>{t('editor.role')}</option>
        </select>
      </div>
      {owner.kind === 'role' ? (
        <div className="field">
          <label htmlFor={roleId}>{t('editor.roleName', { field: label })}</label>
          <input id={roleId} value={owner.role} maxLength={200} onChange={(event) => onChange({ kind: 'role', role: event.target.value })} />
        </div>
      ) : null}
    </div>
  );
}
