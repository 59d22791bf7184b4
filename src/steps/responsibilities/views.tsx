import './styles.css';
import type { StepViews } from '../kit/views';
import type { ResponsibilitiesSlice } from './definition';
import { MatrixEditor } from './MatrixEditor';
import { MatrixPlaybookSection } from './Playbook';
import { MatrixPresenter } from './Presenter';

/**
 * Responsibilities: the facilitator's matrix editor (an ARIA grid with the findings beside it),
 * the projected matrix and the playbook's section. The rules are in src/domain/raci.ts.
 */
const responsibilitiesViews: StepViews<ResponsibilitiesSlice> = {
  Editor: MatrixEditor,
  Presenter: MatrixPresenter,
  PlaybookSection: MatrixPlaybookSection,
};

export default responsibilitiesViews;
