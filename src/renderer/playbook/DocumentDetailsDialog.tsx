import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentStatusSchema, playbookSettingsOf, type DocumentControl } from '../../contract/consultant';
import type { Workspace } from '../../contract/workspace';
import { Dialog } from '../../steps/kit/Dialog';
import { useDocumentStore } from '../stores/document-store';

/**
 * The playbook's document control and the executive summary's own text, edited from the preview:
 * one undoable edit of `workspace.playbook` (src/contract/consultant.ts). Empty fields print their
 * defaults (the facilitator and firm, the client, the standard confidentiality line, the goal).
 */
export function DocumentDetailsDialog({ workspace, open, onClose }: { workspace: Workspace; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('playbook');
  const current = playbookSettingsOf(workspace);
  return (
    <Dialog open={open} title={t('details.title')} description={t('details.intro')} onClose={onClose}>
      {open ? <DetailsForm key={workspace.id} initial={current.control} summary={current.summary} onClose={onClose} workspace={workspace} /> : null}
    </Dialog>
  );
}

/** The text fields of document control, with their longest values. */
const TEXT_FIELDS = [
  { key: 'preparedBy', max: 200 },
  { key: 'preparedFor', max: 200 },
  { key: 'confidentiality', max: 300 },
] as const;

function DetailsForm({ workspace, initial, summary: initialSummary, onClose }: { workspace: Workspace; initial: DocumentControl; summary: string; onClose: () => void }) {
  const { t } = useTranslation('playbook');
  const [control, setControl] = useState<DocumentControl>(initial);
  const [summary, setSummary] = useState(initialSummary);
  const base = useId();
  const ids = { version: `${base}-version`, status: `${base}-status`, issued: `${base}-issued`, summary: `${base}-summary`, summaryHint: `${base}-summary-hint` };
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        const settings = playbookSettingsOf(workspace);
        void useDocumentStore.getState().edit([{ type: 'set', path: ['playbook'], value: { ...settings, control: { ...control, version: control.version.trim() }, summary } }]);
        onClose();
      }}
    >
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.version}>{t('document.control.version')}</label>
          <input id={ids.version} maxLength={20} value={control.version} onChange={(event) => setControl({ ...control, version: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={ids.status}>{t('document.control.status')}</label>
          <select id={ids.status} value={control.status} onChange={(event) => setControl({ ...control, status: documentStatusSchema.parse(event.target.value) })}>
            {documentStatusSchema.options.map((status) => (
              <option key={status} value={status}>
                {t(`document.control.statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.issued}>{t('document.control.issued')}</label>
          <input id={ids.issued} type="date" value={control.issueDate} onChange={(event) => setControl({ ...control, issueDate: event.target.value as DocumentControl['issueDate'] })} />
        </div>
      </div>
      {TEXT_FIELDS.map(({ key, max }) => (
        <div key={key} className="field">
          <label htmlFor={`${base}-${key}`}>{t(`document.control.${key}`)}</label>
          <input id={`${base}-${key}`} maxLength={max} value={control[key]} onChange={(event) => setControl({ ...control, [key]: event.target.value })} />
        </div>
      ))}
      <div className="field">
        <label htmlFor={ids.summary}>{t('document.summary.ownText')}</label>
        <textarea id={ids.summary} rows={5} maxLength={4000} aria-describedby={ids.summaryHint} value={summary} onChange={(event) => setSummary(event.target.value)} />
        <p id={ids.summaryHint} className="form__hint">
          {t('document.summary.ownTextHint')}
        </p>
      </div>
      <p className="form__hint">{t('details.defaults')}</p>
      <div className="form__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('details.cancel')}
        </button>
        <button type="submit" className="button button--primary">
          {t('details.save')}
        </button>
      </div>
    </form>
  );
}
