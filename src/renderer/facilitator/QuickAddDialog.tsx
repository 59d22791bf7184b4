import { quickAddStep } from '../../steps';
import { StepHostProvider } from '../steps/StepHostProvider';
import { useStepViews } from '../steps/use-step-views';
import { selectForViews, useDocumentStore } from '../stores/document-store';

/**
 * The quick add of the step that offers one (its definition's `quickAdd`; actions and sign-off:
 * "add an action"), opened from any step on the facilitator's screen. Its dialog is the step's
 * own view (`QuickAdd`), loaded with the step's chunk; this only hosts it.
 */
export function QuickAddDialog({ open, stepId, onClose }: { open: boolean; stepId: string | null; onClose: () => void }) {
  const step = quickAddStep();
  const views = useStepViews(open && step ? step.id : null);
  // Read only while open: closed, a keystroke in the step on screen renders nothing here.
  const workspace = useDocumentStore((s) => (open ? selectForViews(s) : null));
  if (!step || !workspace || views.status !== 'ready' || !views.views.QuickAdd) return null;
  const QuickAdd = views.views.QuickAdd;
  return (
    <StepHostProvider>
      <QuickAdd open={open} workspace={workspace} stepId={stepId} onClose={onClose} />
    </StepHostProvider>
  );
}
