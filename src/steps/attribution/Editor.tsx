import { Plus, Trash2 } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workshopOf } from '../../domain/workshop';
import { useStepHost } from '../kit/host';
import type { StepEditorProps } from '../kit/views';
import { AgreementEditor } from './AgreementEditor';
import type { AttributionSlice } from './definition';
import { addJourney, removeJourney } from './edits';
import { JourneyEditor } from './JourneyEditor';
import { ModelsSection } from './ModelsSection';
import { journeyName } from './view';

/**
 * The facilitator's editor: the journeys (one shown at a time, picked by its button), the live
 * comparison of the seven models with the half-life and the model choice, and the agreement.
 */
export function AttributionEditor({ workspace, slice, edit }: StepEditorProps<AttributionSlice>) {
  const { t } = useTranslation('attribution');
  const { notify } = useStepHost();
  const headingId = useId();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const index = Math.max(0, slice.journeys.findIndex((journey) => journey.id === selectedId));
  const journey = slice.journeys[index];
  const today = workshopOf(workspace).date || new Date().toISOString().slice(0, 10);

  return (
    <div className="step-editor attr-editor">
      <p className="panel__intro">{t('editor.intro')}</p>
      <section className="step-section" aria-labelledby={headingId}>
        <h3 id={headingId}>{t('editor.journeys')}</h3>
        <div className="attr-journey-bar">
          {slice.journeys.length > 1 ? (
            <div className="attr-journey-tabs" role="group" aria-label={t('editor.journeys')}>
              {slice.journeys.map((entry, i) => (
                <button key={entry.id} type="button" className="button button--small" aria-pressed={i === index} onClick={() => setSelectedId(entry.id)}>
                  {journeyName(entry, i, t)}
                </button>
              ))}
            </div>
          ) : null}
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              const id = crypto.randomUUID();
              edit(addJourney(id, t('editor.newJourneyName')));
              setSelectedId(id);
            }}
          >
            <Plus aria-hidden="true" size={16} />
            {t('editor.addJourney')}
          </button>
          {journey ? (
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => {
                const name = journeyName(journey, index, t);
                edit(removeJourney(journey.id));
                setSelectedId(null);
                notify({ tone: 'info', message: t('editor.journeyRemoved', { name }), undoable: true });
              }}
            >
              <Trash2 aria-hidden="true" size={16} />
              {t('editor.removeJourney', { name: journeyName(journey, index, t) })}
            </button>
          ) : null}
        </div>
        {journey ? <JourneyEditor key={journey.id} journey={journey} language={workspace.language} today={today} edit={edit} /> : <p className="attr-empty">{t('markdown.noJourneys')}</p>}
      </section>
      {journey ? <ModelsSection workspace={workspace} slice={slice} journey={journey} journeyIndex={index} edit={edit} /> : null}
      <AgreementEditor workspace={workspace} slice={slice} edit={edit} />
    </div>
  );
}
