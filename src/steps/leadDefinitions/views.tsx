import './styles.css';
import { useMemo } from 'react';
import { calibrate } from '../../domain/lead-scoring';
import { validateLeadModel } from '../../domain/lead-validation';
import { workshopOf } from '../../domain/workshop';
import type { StepEditorProps, StepViews } from '../kit/views';
import type { LeadDefinitions } from './definition';
import { HandoverSection } from './HandoverSection';
import { LeadsSection } from './LeadsSection';
import { ScoringSection, TemperatureSection } from './ModelSection';
import { LeadPlaybookSection } from './Playbook';
import { LeadPresenter } from './Presenter';
import { wallProblems } from './problems';
import { StagesSection } from './StagesSection';
import { ThresholdSection } from './ThresholdSection';

/**
 * The lead definitions' editor, in the order the room works: the lifecycle stages, cold/warm/hot,
 * the points model, the sample leads (typed or imported), the threshold with what it does to
 * them and the cross-check with the shared goal, and the handover with what happens after it.
 * Every figure follows every keystroke; the rules between fields show where they are broken.
 */
function LeadEditor({ workspace, slice, edit }: StepEditorProps<LeadDefinitions>) {
  const participants = workshopOf(workspace).participants;
  const issues = useMemo(() => validateLeadModel(slice), [slice]);
  const calibration = useMemo(() => calibrate(slice.scoring, slice.temperature, slice.calibrationLeads), [slice]);
  const problems = useMemo(() => wallProblems(workspace), [workspace]);
  return (
    <div className="step-editor lead-editor">
      <StagesSection slice={slice} participants={participants} edit={edit} />
      <TemperatureSection slice={slice} issues={issues} edit={edit} />
      <ScoringSection slice={slice} issues={issues} edit={edit} />
      <ThresholdSection workspace={workspace} slice={slice} issues={issues} edit={edit} />
      <LeadsSection slice={slice} calibration={calibration} language={workspace.language} edit={edit} />
      <HandoverSection slice={slice} participants={participants} problems={problems} edit={edit} />
    </div>
  );
}

const leadDefinitionsViews: StepViews<LeadDefinitions> = {
  Editor: LeadEditor,
  Presenter: LeadPresenter,
  PlaybookSection: LeadPlaybookSection,
};

export default leadDefinitionsViews;
