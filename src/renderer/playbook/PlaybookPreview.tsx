import '../steps/step-catalogs';
import { ArrowLeft, FileCog, FileDown, FileText } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { cardsModeSchema, paperSchema } from '../../contract/print-options';
import { useErrorText } from '../shell/use-error-text';
import { useToasts } from '../shell/toasts';
import { useDocumentStore } from '../stores/document-store';
import { exportPlaybookMarkdown, exportPlaybookPdf, outcomeMessage, usePlaybookStore, type ExportOutcome } from './export';
import { DocumentDetailsDialog } from './DocumentDetailsDialog';
import { PagedPlaybook, type LaidOut } from './PagedPlaybook';

/**
 * The playbook's preview inside the app (`#/playbook/<id>`): the pages exactly as they print, the
 * options (paper, facilitator notes, the current-state wall in full or as themes) and the exports.
 */
export function PlaybookPreview({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation('playbook');
  const errorText = useErrorText();
  const workspace = useDocumentStore((s) => s.workspace);
  const loadError = useDocumentStore((s) => s.loadError);
  const options = usePlaybookStore((s) => s.options);
  const exporting = usePlaybookStore((s) => s.exporting);
  const setOptions = usePlaybookStore((s) => s.setOptions);
  const [laidOut, setLaidOut] = useState<LaidOut | null>(null);
  const [details, setDetails] = useState(false);
  const ids = { paper: useId(), cards: useId(), notes: useId() };

  useEffect(() => {
    const { open, close } = useDocumentStore.getState();
    void open(workspaceId);
    return () => close();
  }, [workspaceId]);

  const show = (outcome: ExportOutcome) => {
    const notice = outcomeMessage(outcome, errorText);
    if (notice) useToasts.getState().show(notice, notice.tone === 'error' ? 12_000 : 8000);
  };

  if (loadError) {
    return (
      <section className="panel">
        <p className="message message--error" role="alert">
          {errorText(loadError)}
        </p>
      </section>
    );
  }
  if (!workspace) return <p className="panel">{t('common:loading')}</p>;

  return (
    <div className="playbook-preview">
      <DocumentDetailsDialog workspace={workspace} open={details} onClose={() => setDetails(false)} />
      <div className="playbook-preview__bar">
        <Link href={`/w/${workspaceId}`} className="back-link">
          <ArrowLeft aria-hidden="true" size={16} />
          {t('preview.back')}
        </Link>
        <h2>{t('preview.title')}</h2>
        <fieldset className="playbook-preview__options">
          <legend className="visually-hidden">{t('preview.options')}</legend>
          <div className="inline-select">
            <label htmlFor={ids.paper}>{t('preview.paper')}</label>
            <select id={ids.paper} value={options.paper} onChange={(event) => setOptions({ paper: paperSchema.parse(event.target.value) })}>
              {paperSchema.options.map((paper) => (
                <option key={paper} value={paper}>
                  {t(`preview.papers.${paper}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="inline-select">
            <label htmlFor={ids.cards}>{t('preview.cards')}</label>
            <select id={ids.cards} value={options.cards} onChange={(event) => setOptions({ cards: cardsModeSchema.parse(event.target.value) })}>
              {cardsModeSchema.options.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`preview.cardsModes.${mode}`)}
                </option>
              ))}
            </select>
          </div>
          <label className="checkbox-field" htmlFor={ids.notes}>
            <input id={ids.notes} type="checkbox" checked={options.includeNotes} onChange={(event) => setOptions({ includeNotes: event.target.checked })} />
            <span>{t('preview.notes')}</span>
          </label>
        </fieldset>
        <div className="toolbar">
          <button type="button" className="button button--primary" disabled={exporting !== 'idle'} onClick={() => void exportPlaybookPdf(workspaceId, options).then(show)}>
            <FileDown aria-hidden="true" size={18} />
            {t('preview.exportPdf')}
          </button>
          <button type="button" className="button" disabled={exporting !== 'idle'} onClick={() => void exportPlaybookMarkdown(workspace, options).then(show)}>
            <FileText aria-hidden="true" size={18} />
            {t('preview.exportMarkdown')}
          </button>
          <button type="button" className="button" onClick={() => setDetails(true)}>
            <FileCog aria-hidden="true" size={18} />
            {t('details.open')}
          </button>
        </div>
        <p className="playbook-preview__status" role="status" aria-live="polite">
          {exporting === 'pdf' ? t('preview.exporting') : laidOut ? t('preview.laidOut', { count: laidOut.pages }) : t('preview.layingOut')}
        </p>
      </div>
      <section className="playbook-preview__pages" aria-label={t('preview.pages')}>
        {/* The app's header holds the page's h1: the cover's title is an h2 here (h1 in print). */}
        <PagedPlaybook workspace={workspace} options={options} onLaidOut={setLaidOut} coverHeading="h2" />
      </section>
    </div>
  );
}
