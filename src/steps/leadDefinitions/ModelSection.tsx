import { Plus, Trash2 } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditOp, PathSegment } from '../../contract/edit';
import { MAX_CRITERIA_PER_GROUP, MAX_DAYS, MAX_GROUPS, MAX_NAME, MAX_POINTS, MAX_TEXT, SCORE_SIDES, TEMPERATURES, type CriteriaGroup, type LeadDefinitions } from '../../domain/lead-schema';
import type { LeadIssue } from '../../domain/lead-validation';
import type { EditOptions } from '../kit/host-types';
import { TextField } from '../kit/TextField';
import { at, coalesceKey, removeCriterionOps, removeGroupOps, setOp } from './edits';
import { TextAreaField } from '../kit/TextAreaField';
import { IntField } from './fields';

interface Props {
  slice: LeadDefinitions;
  issues: readonly LeadIssue[];
  edit: (ops: EditOp[], options?: EditOptions) => void;
}

const capPath = (groupId: string): PathSegment[] => ['scoring', 'groups', { id: groupId }, 'cap'];
const samePath = (a: LeadIssue['path'], b: PathSegment[]) => JSON.stringify(a) === JSON.stringify(b);

/** Cold, warm and hot: a definition each, and the score where warm and hot begin. */
export function TemperatureSection({ slice, issues, edit }: Props) {
  const { t } = useTranslation('leadDefinitions');
  const set = (path: PathSegment[], value: unknown) => edit([setOp(path, value)], { coalesceKey: coalesceKey(path) });
  const hotIssue = issues.find((issue) => issue.code === 'hot_below_warm');
  return (
    <section className="step-section lead-section" aria-labelledby="lead-temperature-title">
      <h3 id="lead-temperature-title">{t('markdown.temperatures')}</h3>
      <p className="lead-intro">{t('editor.temperature.intro')}</p>
      <div className="lead-temperatures">
        {TEMPERATURES.map((temperature) => (
          <div key={temperature} className={`lead-temperature lead-temperature--${temperature}`}>
            <h4>{t(`temperature.${temperature}`)}</h4>
            <TextAreaField
              label={t(`editor.temperature.definition.${temperature}`)}
              maxLength={MAX_TEXT}
              value={slice.temperature[temperature].definition}
              onCommit={(value) => set(['temperature', temperature, 'definition'], value)}
            />
            {temperature === 'cold' ? (
              <p className="lead-temperature__band">{t('markdown.below', { score: slice.temperature.warm.fromScore })}</p>
            ) : (
              <IntField
                label={t('editor.temperature.from', { name: t(`temperature.${temperature}`) })}
                value={slice.temperature[temperature].fromScore}
                min={-MAX_POINTS}
                max={MAX_POINTS}
                unit={t('editor.points')}
                invalidMessage={t('editor.pointsInvalid', { max: MAX_POINTS })}
                onCommit={(value) => set(['temperature', temperature, 'fromScore'], value)}
              />
            )}
            {temperature === 'hot' && hotIssue ? <p className="field__error">{t('issues.hot_below_warm', hotIssue.params)}</p> : null}
          </div>
        ))}
      </div>
    </section>
  );
}

/** The points model: groups of criteria on the fit side and the engagement side, and decay. */
export function ScoringSection({ slice, issues, edit }: Props) {
  const { t } = useTranslation('leadDefinitions');
  const decayId = useId();
  const set = (path: PathSegment[], value: unknown, typing = true) => edit([setOp(path, value)], typing ? { coalesceKey: coalesceKey(path) } : undefined);
  const decay = slice.scoring.decay;
  const addGroup = (side: CriteriaGroup['side']) =>
    edit([{ type: 'insert', path: at('scoring', 'groups'), value: { id: `group-${crypto.randomUUID()}`, side, name: '', cap: null, criteria: [] } }]);
  const addCriterion = (groupId: string) =>
    edit([{ type: 'insert', path: at('scoring', 'groups', { id: groupId }, 'criteria'), value: { id: `criterion-${crypto.randomUUID()}`, label: '', points: 5 } }]);

  return (
    <section className="step-section lead-section" aria-labelledby="lead-model-title">
      <h3 id="lead-model-title">{t('markdown.model')}</h3>
      <p className="lead-intro">{t('editor.model.intro')}</p>
      <div className="lead-sides">
        {SCORE_SIDES.map((side) => (
          <div key={side} className="lead-side">
            <h4>
              {t(`sides.${side}`)} <span className="lead-side__hint">{t(`editor.model.${side}Hint`)}</span>
            </h4>
            {slice.scoring.groups
              .filter((group) => group.side === side)
              .map((group) => {
                const groupName = group.name.trim() || t('editor.model.unnamedGroup');
                const capIssue = issues.find((issue) => issue.code === 'negative_cap' && samePath(issue.path, capPath(group.id)));
                return (
                  <fieldset key={group.id} className="lead-group">
                    <legend className="visually-hidden">{groupName}</legend>
                    <div className="lead-group__head">
                      <TextField label={t('editor.model.groupName')} value={group.name} maxLength={MAX_NAME} onCommit={(value) => set(['scoring', 'groups', { id: group.id }, 'name'], value)} />
                      <IntField
                        label={t('editor.model.cap')}
                        value={group.cap}
                        nullable
                        min={0}
                        max={MAX_POINTS}
                        placeholder={t('editor.model.noCap')}
                        invalidMessage={t('editor.capInvalid', { max: MAX_POINTS })}
                        onCommit={(value) => set(['scoring', 'groups', { id: group.id }, 'cap'], value)}
                      />
                      <button type="button" className="icon-button icon-button--danger" aria-label={t('editor.remove', { name: groupName })} onClick={() => edit(removeGroupOps(slice, group.id))}>
                        <Trash2 aria-hidden="true" size={18} />
                      </button>
                    </div>
                    {capIssue ? <p className="field__error">{t('issues.negative_cap')}</p> : null}
                    <table className="lead-criteria">
                      <thead>
                        <tr>
                          <th scope="col">{t('markdown.criterion')}</th>
                          <th scope="col">{t('markdown.points')}</th>
                          <th scope="col">
                            <span className="visually-hidden">{t('editor.actions')}</span>
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {group.criteria.map((criterion, index) => {
                          const label = criterion.label.trim() || t('editor.model.unnamedCriterion', { n: index + 1 });
                          return (
                            <tr key={criterion.id}>
                              <td>
                                <TextField
                                  label={t('editor.model.criterionLabel', { group: groupName, n: index + 1 })}
                                  hideLabel
                                  value={criterion.label}
                                  maxLength={MAX_NAME}
                                  onCommit={(value) => set(['scoring', 'groups', { id: group.id }, 'criteria', { id: criterion.id }, 'label'], value)}
                                />
                              </td>
                              <td>
                                <IntField
                                  label={t('editor.model.points', { name: label })}
                                  hideLabel
                                  className={criterion.points < 0 ? 'lead-points--negative' : undefined}
                                  value={criterion.points}
                                  min={-MAX_POINTS}
                                  max={MAX_POINTS}
                                  invalidMessage={t('editor.pointsInvalid', { max: MAX_POINTS })}
                                  onCommit={(value) => set(['scoring', 'groups', { id: group.id }, 'criteria', { id: criterion.id }, 'points'], value ?? 0)}
                                />
                              </td>
                              <td>
                                <button type="button" className="icon-button icon-button--danger" aria-label={t('editor.remove', { name: label })} onClick={() => edit(removeCriterionOps(slice, group.id, criterion.id))}>
                                  <Trash2 aria-hidden="true" size={18} />
                                </button>
                              </td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                    <button type="button" className="button button--small" disabled={group.criteria.length >= MAX_CRITERIA_PER_GROUP} onClick={() => addCriterion(group.id)}>
                      <Plus aria-hidden="true" size={16} />
                      {t('editor.model.addCriterion', { group: groupName })}
                    </button>
                  </fieldset>
                );
              })}
            <button type="button" className="button" disabled={slice.scoring.groups.length >= MAX_GROUPS} onClick={() => addGroup(side)}>
              <Plus aria-hidden="true" size={18} />
              {t(`editor.model.addGroup.${side}`)}
            </button>
          </div>
        ))}
      </div>
      <div className="lead-decay">
        <label className="checkbox" htmlFor={decayId}>
          <input id={decayId} type="checkbox" checked={decay !== null} onChange={(event) => set(['scoring', 'decay'], event.target.checked ? { afterDays: 30, percent: 25 } : null, false)} />
          {t('editor.model.decay')}
        </label>
        {decay !== null ? (
          <>
            <IntField
              label={t('editor.model.decayPercent')}
              value={decay.percent}
              min={0}
              max={100}
              unit="%"
              invalidMessage={t('editor.percentInvalid')}
              onCommit={(value) => set(['scoring', 'decay', 'percent'], value ?? 0)}
            />
            <IntField
              label={t('editor.model.decayDays')}
              value={decay.afterDays}
              min={1}
              max={MAX_DAYS}
              unit={t('editor.days')}
              invalidMessage={t('editor.daysInvalid', { max: MAX_DAYS })}
              onCommit={(value) => set(['scoring', 'decay', 'afterDays'], value ?? 1)}
            />
          </>
        ) : null}
      </div>
    </section>
  );
}
