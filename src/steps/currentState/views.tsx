import './styles.css';
import { usePlaybookOptions } from '../kit/host';
import type { StepPlaybookProps, StepViews } from '../kit/views';
import type { CurrentStateSlice } from './definition';
import { WallEditor } from './WallEditor';
import { WallPlaybookSection } from './WallPlaybook';
import { WallPresenter } from './WallPresenter';

/** The playbook's section: every card when the print options ask for it, else the top themes. */
function WallPlaybook(props: StepPlaybookProps<CurrentStateSlice>) {
  const { cards } = usePlaybookOptions();
  return <WallPlaybookSection {...props} full={cards === 'full'} />;
}

/**
 * Current state, "the blame wall": the facilitator's editor (WallEditor), the projected wall
 * (WallPresenter) and the playbook's section (WallPlaybookSection: the problems and themes, or
 * every card when the playbook is printed with the cards in full). The rules are in
 * src/domain/wall.ts.
 */
const currentStateViews: StepViews<CurrentStateSlice> = {
  Editor: WallEditor,
  Presenter: WallPresenter,
  PlaybookSection: WallPlaybook,
};

export default currentStateViews;
