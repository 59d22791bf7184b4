import './styles.css';
import { useTranslation } from 'react-i18next';
import type { StepEditorProps, StepViews } from '../kit/views';
import { ActionsSection } from './ActionsSection';
import { ChecksPanel } from './ChecksPanel';
import { CoverageSection } from './CoverageSection';
import { DecisionsSection } from './DecisionsSection';
import type { ActionsSignOffSlice } from './definition';
import { AgreementPlaybook } from './Playbook';
import { AgreementPresenter } from './Presenter';
import { QuickAdd } from './QuickAdd';
import { SignOffSection } from './SignOffSection';
import { useAgreement } from './use-agreement';

/** The facilitator's screen for the end of the day: actions, decisions, coverage, checks, sign-off. */
function AgreementEditor({ workspace, edit }: StepEditorProps<ActionsSignOffSlice>) {
  const { t } = useTranslation('actionsSignOff');
  const { facts, words } = useAgreement(workspace);
  const props = { workspace, facts, words, edit };
  return (
    <div className="step-editor agreement-editor">
      <p className="panel__intro">{t('editor.intro')}</p>
      <ActionsSection {...props} />
      <CoverageSection {...props} />
      <DecisionsSection {...props} />
      <ChecksPanel {...props} />
      <SignOffSection {...props} />
    </div>
  );
}

/**
 * Actions and sign-off: the editor (AgreementEditor), the projected coverage map and actions
 * (AgreementPresenter) and the playbook's section (AgreementPlaybook). The rules are in
 * src/domain (coverage.ts, cross-checks.ts, versioning.ts, actions-edits.ts, actions-csv.ts).
 */
const actionsSignOffViews: StepViews<ActionsSignOffSlice> = {
  Editor: AgreementEditor,
  Presenter: AgreementPresenter,
  PlaybookSection: AgreementPlaybook,
  QuickAdd,
};

export default actionsSignOffViews;
