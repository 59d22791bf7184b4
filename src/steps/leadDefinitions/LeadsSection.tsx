import { ChevronDown, ChevronRight, Plus, Trash2, Upload } from 'lucide-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditOp, PathSegment } from '../../contract/edit';
import { LEAD_OUTCOMES, MAX_CALIBRATION_LEADS, MAX_DAYS, MAX_NAME, type LeadDefinitions } from '../../domain/lead-schema';
import { scoreNumber, type Calibration } from '../../domain/lead-scoring';
import type { EditOptions } from '../kit/host-types';
import { TextField } from '../kit/TextField';
import { CsvImport } from './CsvImport';
import { at, coalesceKey, setOp } from './edits';
import { IntField } from './fields';
import { leadFormat } from './format';
import { pointsText } from './markdown';

interface Props {
  slice: LeadDefinitions;
  calibration: Calibration;
  language: 'da' | 'en';
  edit: (ops: EditOp[], options?: EditOptions) => void;
}

const PAGE = 50;

/**
 * The sample leads the threshold is calibrated on: typed in here or imported from a CRM export,
 * each with the criteria it met, how long it was quiet and how it really ended, and its score.
 * Long lists show 50 at a time.
 */
export function LeadsSection({ slice, calibration, language, edit }: Props) {
  const { t } = useTranslation('leadDefinitions');
  const f = leadFormat(language);
  const [shown, setShown] = useState(PAGE);
  const [open, setOpen] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const set = (path: PathSegment[], value: unknown, typing = true) => edit([setOp(path, value)], typing ? { coalesceKey: coalesceKey(path) } : undefined);
  const leads = slice.calibrationLeads;
  const add = () => {
    const id = `lead-${crypto.randomUUID()}`;
    edit([{ type: 'insert', path: at('calibrationLeads'), value: { id, name: '', company: '', criteria: [], daysSinceActivity: 0, outcome: 'no-decision' } }]);
    setOpen(id);
    setShown((n) => Math.max(n, leads.length + 1));
  };
  const toggleCriterion = (leadId: string, criteria: string[], id: string, on: boolean) =>
    set(['calibrationLeads', { id: leadId }, 'criteria'], on ? [...criteria, id] : criteria.filter((c) => c !== id), false);

  return (
    <section className="step-section lead-section" aria-labelledby="lead-leads-title">
      <h3 id="lead-leads-title">{t('editor.leads.title')}</h3>
      <p className="lead-intro">{t('editor.leads.intro')}</p>
      <div className="lead-row">
        <button type="button" className="button" onClick={add} disabled={leads.length >= MAX_CALIBRATION_LEADS}>
          <Plus aria-hidden="true" size={18} />
          {t('editor.leads.add')}
        </button>
        <button type="button" className="button" onClick={() => setImporting(true)}>
          <Upload aria-hidden="true" size={18} />
          {t('editor.import.open')}
        </button>
        <span className="lead-count-total">{t('editor.leads.count', { count: leads.length })}</span>
      </div>
      <CsvImport open={importing} onClose={() => setImporting(false)} slice={slice} edit={edit} />
      {leads.length > 0 ? (
        <table className="lead-leads">
          <thead>
            <tr>
              <th scope="col">{t('editor.leads.name')}</th>
              <th scope="col">{t('editor.leads.company')}</th>
              <th scope="col">{t('editor.leads.outcome')}</th>
              <th scope="col">{t('editor.leads.days')}</th>
              <th scope="col">{t('markdown.score')}</th>
              <th scope="col">{t('editor.leads.cell')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('editor.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {calibration.leads.slice(0, shown).map(({ lead, score, cell, mql }, index) => {
              const name = lead.name.trim() || t('editor.leads.unnamed', { n: index + 1 });
              const expanded = open === lead.id;
              return (
                <Fragment key={lead.id}>
                  <tr className={mql ? 'lead-leads__row lead-leads__row--mql' : 'lead-leads__row'}>
                    <td>
                      <TextField label={t('editor.leads.nameOf', { n: index + 1 })} hideLabel value={lead.name} maxLength={MAX_NAME} onCommit={(value) => set(['calibrationLeads', { id: lead.id }, 'name'], value)} />
                    </td>
                    <td>
                      <TextField label={t('editor.leads.companyOf', { name })} hideLabel value={lead.company} maxLength={MAX_NAME} onCommit={(value) => set(['calibrationLeads', { id: lead.id }, 'company'], value)} />
                    </td>
                    <td>
                      <label className="visually-hidden" htmlFor={`outcome-${lead.id}`}>
                        {t('editor.leads.outcomeOf', { name })}
                      </label>
                      <select id={`outcome-${lead.id}`} value={lead.outcome} onChange={(event) => set(['calibrationLeads', { id: lead.id }, 'outcome'], event.target.value, false)}>
                        {LEAD_OUTCOMES.map((outcome) => (
                          <option key={outcome} value={outcome}>
                            {t(`outcomes.${outcome}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <IntField
                        label={t('editor.leads.daysOf', { name })}
                        hideLabel
                        value={lead.daysSinceActivity}
                        min={0}
                        max={MAX_DAYS}
                        invalidMessage={t('editor.daysInvalid', { max: MAX_DAYS })}
                        onCommit={(value) => set(['calibrationLeads', { id: lead.id }, 'daysSinceActivity'], value ?? 0)}
                      />
                    </td>
                    <td className="lead-leads__score">
                      {pointsText(scoreNumber(score.total), f)}
                      {mql ? <span className="lead-badge">{t('editor.leads.mql')}</span> : null}
                    </td>
                    <td className="lead-leads__cell">{cell.label}</td>
                    <td className="row-actions">
                      <button type="button" className="icon-button" aria-expanded={expanded} aria-label={t('editor.leads.criteriaOf', { name, count: lead.criteria.length })} onClick={() => setOpen(expanded ? null : lead.id)}>
                        {expanded ? <ChevronDown aria-hidden="true" size={18} /> : <ChevronRight aria-hidden="true" size={18} />}
                      </button>
                      <button type="button" className="icon-button icon-button--danger" aria-label={t('editor.remove', { name })} onClick={() => edit([{ type: 'remove', path: at('calibrationLeads', { id: lead.id }) }])}>
                        <Trash2 aria-hidden="true" size={18} />
                      </button>
                    </td>
                  </tr>
                  {expanded ? (
                    <tr className="lead-leads__criteria">
                      <td colSpan={7}>
                        <div className="lead-leads__groups">
                          {slice.scoring.groups.map((group) => (
                            <fieldset key={group.id}>
                              <legend>
                                {t(`sides.${group.side}`)}: {group.name || t('editor.model.unnamedGroup')}
                              </legend>
                              {group.criteria.map((criterion) => (
                                <label key={criterion.id} className="checkbox">
                                  <input type="checkbox" checked={lead.criteria.includes(criterion.id)} onChange={(event) => toggleCriterion(lead.id, lead.criteria, criterion.id, event.target.checked)} />
                                  {criterion.label || criterion.id} ({criterion.points > 0 ? '+' : ''}
                                  {f.number(criterion.points)})
                                </label>
                              ))}
                            </fieldset>
                          ))}
                        </div>
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="lead-empty">{t('calibration.noLeads')}</p>
      )}
      {leads.length > shown ? (
        <button type="button" className="button button--quiet" onClick={() => setShown((n) => n + PAGE)}>
          {t('editor.leads.showMore', { count: Math.min(PAGE, leads.length - shown), total: leads.length })}
        </button>
      ) : null}
    </section>
  );
}
