import './styles.css';
import type { Sla } from '../../domain/sla-schema';
import type { StepViews } from '../kit/views';
import { SlaEditor } from './SlaEditor';
import { SlaPlaybookSection } from './SlaPlaybook';
import { SlaPresenter } from './SlaPresenter';

const serviceLevelViews: StepViews<Sla> = {
  Editor: SlaEditor,
  Presenter: SlaPresenter,
  PlaybookSection: SlaPlaybookSection,
};

export default serviceLevelViews;
