import './styles.css';
import type { StepEditorProps, StepViews } from '../kit/views';
import { ChainSection } from './ChainSection';
import type { SharedGoalSlice } from './definition';
import { GoalSection } from './GoalSection';
import { useGoalView } from './goal-view';
import { SharedGoalPlaybookSection } from './Playbook';
import { SharedGoalPresenter } from './Presenter';
import { Results } from './Results';
import { SalesTypesSection } from './SalesTypesSection';
import { TeamSection } from './TeamSection';
import { UnsentFieldsProvider } from './unsent';
import { useState } from 'react';

/**
 * The shared goal's editor: the target and its period, the sales types and their shares, the
 * chain and its conversion rates, the team, and the plan worked back from them. Each field shows
 * the domain's message for it in place (validateFunnel's issues by path); the results appear as
 * soon as the input is complete, and follow every keystroke.
 */
function SharedGoalEditor({ workspace, slice, edit }: StepEditorProps<SharedGoalSlice>) {
  const view = useGoalView(workspace, slice);
  const [unsent, setUnsent] = useState(0);
  return (
    <div className="step-editor goal-editor">
      <UnsentFieldsProvider onChange={setUnsent}>
        <GoalSection slice={slice} edit={edit} view={view} />
        <SalesTypesSection slice={slice} edit={edit} view={view} />
        <ChainSection slice={slice} edit={edit} view={view} />
        <TeamSection slice={slice} edit={edit} view={view} />
      </UnsentFieldsProvider>
      <Results slice={slice} view={view} unsentFields={unsent} />
    </div>
  );
}

const sharedGoalViews: StepViews<SharedGoalSlice> = {
  Editor: SharedGoalEditor,
  Presenter: SharedGoalPresenter,
  PlaybookSection: SharedGoalPlaybookSection,
};

export default sharedGoalViews;
