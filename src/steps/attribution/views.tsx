import './styles.css';
import type { StepViews } from '../kit/views';
import type { AttributionSlice } from './definition';
import { AttributionEditor } from './Editor';
import { AttributionPlaybookSection } from './Playbook';
import { AttributionPresenter } from './Presenter';

/**
 * Attribution: the journey editor with the seven models live beside it and the agreement
 * (Editor), the journey as a timeline and the models as bars on the projector (Presenter), and
 * the playbook's section with the tables and the vector chart (Playbook).
 */
const attributionViews = {
  Editor: AttributionEditor,
  Presenter: AttributionPresenter,
  PlaybookSection: AttributionPlaybookSection,
} satisfies StepViews<AttributionSlice>;

export default attributionViews;
