import { ArrowDown, ArrowUp, Plus, ShieldCheck, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { EditOp, PathSegment } from '../../contract/edit';
import { LEAD_CLAUSES, MAX_DAYS, MAX_LINKS, MAX_NAME, MAX_REASONS, MAX_TEXT, type LeadDefinitions } from '../../domain/lead-schema';
import type { Participant } from '../../domain/workshop';
import type { EditOptions } from '../kit/host-types';
import { TextField } from '../kit/TextField';
import { at, coalesceKey, setOp } from './edits';
import { TextAreaField } from '../kit/TextAreaField';
import { IntField, OwnerField } from './fields';

interface Props {
  slice: LeadDefinitions;
  participants: readonly Participant[];
  problems: readonly { id: string; name: string }[];
  edit: (ops: EditOp[], options?: EditOptions) => void;
}

/**
 * The handover and what happens after it: the rules, the domain's rule that no lead vanishes,
 * the reasons a seller may reject an MQL (a list the room edits), and the recycle rule.
 */
export function HandoverSection({ slice, participants, problems, edit }: Props) {
  const { t } = useTranslation('leadDefinitions');
  const set = (path: PathSegment[], value: unknown, typing = true) => edit([setOp(path, value)], typing ? { coalesceKey: coalesceKey(path) } : undefined);
  const reasons = slice.rejectionReasons;
  const addReason = () => edit([{ type: 'insert', path: at('rejectionReasons'), value: { id: `reason-${crypto.randomUUID()}`, label: '' } }]);

  return (
    <section className="step-section lead-section" aria-labelledby="lead-handover-title">
      <h3 id="lead-handover-title">{t('editor.handover.title')}</h3>
      <TextAreaField label={t('editor.handover.rules')} rows={4} maxLength={MAX_TEXT} value={slice.handoverRules} onCommit={(value) => set(['handoverRules'], value)} />
      <p className="lead-rule">
        <ShieldCheck aria-hidden="true" size={20} />
        <span>{t('markdown.noneVanish')}</span>
      </p>

      <h4 id="lead-reasons-title">{t('markdown.reasons')}</h4>
      <ul className="lead-reasons" aria-labelledby="lead-reasons-title">
        {reasons.map((reason, index) => {
          const name = reason.label.trim() || t('editor.handover.unnamedReason', { n: index + 1 });
          return (
            <li key={reason.id} className="lead-reason">
              <TextField label={t('editor.handover.reason', { n: index + 1 })} hideLabel value={reason.label} maxLength={MAX_NAME} onCommit={(value) => set(['rejectionReasons', { id: reason.id }, 'label'], value)} />
              <span className="row-actions">
                <button type="button" className="icon-button" aria-label={t('editor.moveUp', { name })} disabled={index === 0} onClick={() => edit([{ type: 'move', path: at('rejectionReasons', { id: reason.id }), toIndex: index - 1 }])}>
                  <ArrowUp aria-hidden="true" size={18} />
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('editor.moveDown', { name })}
                  disabled={index === reasons.length - 1}
                  onClick={() => edit([{ type: 'move', path: at('rejectionReasons', { id: reason.id }), toIndex: index + 1 }])}
                >
                  <ArrowDown aria-hidden="true" size={18} />
                </button>
                <button type="button" className="icon-button icon-button--danger" aria-label={t('editor.remove', { name })} onClick={() => edit([{ type: 'remove', path: at('rejectionReasons', { id: reason.id }) }])}>
                  <Trash2 aria-hidden="true" size={18} />
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button" disabled={reasons.length >= MAX_REASONS} onClick={addReason}>
        <Plus aria-hidden="true" size={18} />
        {t('editor.handover.addReason')}
      </button>

      <h4>{t('markdown.recycle')}</h4>
      <div className="lead-row lead-recycle">
        <IntField
          label={t('editor.handover.recycleDays')}
          value={slice.recycle.afterDays}
          min={0}
          max={MAX_DAYS}
          unit={t('editor.days')}
          invalidMessage={t('editor.daysInvalid', { max: MAX_DAYS })}
          onCommit={(value) => set(['recycle', 'afterDays'], value ?? 0)}
        />
        <OwnerField label={t('editor.handover.recycleOwner')} owner={slice.recycle.owner} participants={participants} onCommit={(owner, typing) => set(['recycle', 'owner'], owner, typing)} />
      </div>
      <TextAreaField label={t('editor.handover.recycleNote')} maxLength={MAX_TEXT} value={slice.recycle.note} onCommit={(value) => set(['recycle', 'note'], value)} />

      {problems.length > 0 ? (
        <>
          <h4 id="lead-problems-title">{t('editor.problems.title')}</h4>
          <p className="lead-intro">{t('editor.problems.intro')}</p>
          <table className="lead-problems" aria-labelledby="lead-problems-title">
            <thead>
              <tr>
                <th scope="col">{t('editor.problems.clause')}</th>
                {problems.map((problem) => (
                  <th key={problem.id} scope="col">
                    {problem.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {LEAD_CLAUSES.map((clause) => (
                <tr key={clause}>
                  <th scope="row">{t(`clauses.${clause}`)}</th>
                  {problems.map((problem) => {
                    const link = slice.problemLinks.find((l) => l.clause === clause && l.problemId === problem.id);
                    return (
                      <td key={problem.id}>
                        <input
                          type="checkbox"
                          aria-label={t('editor.problems.answers', { clause: t(`clauses.${clause}`), problem: problem.name })}
                          checked={link !== undefined}
                          disabled={!link && slice.problemLinks.length >= MAX_LINKS}
                          onChange={(event) =>
                            edit(
                              event.target.checked
                                ? [{ type: 'insert', path: at('problemLinks'), value: { id: `link-${crypto.randomUUID()}`, clause, problemId: problem.id } }]
                                : [{ type: 'remove', path: at('problemLinks', { id: link!.id }) }],
                            )
                          }
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
