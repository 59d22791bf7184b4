import './styles.css';
import type { Cadence } from '../../domain/cadence-schema';
import type { StepViews } from '../kit/views';
import { CadenceEditor } from './CadenceEditor';
import { CadencePlaybookSection } from './CadencePlaybook';
import { CadencePresenter } from './CadencePresenter';

const feedbackCadenceViews: StepViews<Cadence> = {
  Editor: CadenceEditor,
  Presenter: CadencePresenter,
  PlaybookSection: CadencePlaybookSection,
};

export default feedbackCadenceViews;
