import type { ComponentType } from 'react';
import type { EditOp } from '../../contract/edit';
import type { Workspace } from '../../contract/workspace';
import type { EditOptions } from './host-types';

/** What a step's editor gets: the workspace, its own slice, and a way to change it. */
export interface StepEditorProps<Slice> {
  workspace: Workspace;
  slice: Slice;
  /** Sends edit ops (full paths, usually under ['steps', <id>]). */
  edit: (ops: EditOp[], options?: EditOptions) => void;
}

/** What the projector shows of a step: read-only, large. */
export interface StepPresenterProps<Slice> {
  workspace: Workspace;
  slice: Slice;
}

/** The step's section of the playbook (the preview and the printed PDF). */
export interface StepPlaybookProps<Slice> {
  workspace: Workspace;
  slice: Slice;
}

/**
 * A step's views, the default export of its `views.tsx` (which also imports the step's styles):
 * the view registry loads it as its own chunk when the step is first shown.
 */
export interface StepViews<Slice = never> {
  Editor: ComponentType<StepEditorProps<Slice>>;
  Presenter: ComponentType<StepPresenterProps<Slice>>;
  PlaybookSection: ComponentType<StepPlaybookProps<Slice>>;
  /** The dialog of the step's quick add (its definition's `quickAdd`), opened from any step. */
  QuickAdd?: ComponentType<QuickAddProps>;
}

/** What a step's quick-add dialog gets: the workspace and the step on screen (it came from). */
export interface QuickAddProps {
  open: boolean;
  workspace: Workspace;
  /** The step on the facilitator's screen, or null on an item that is no step (a break). */
  stepId: string | null;
  onClose: () => void;
}

/**
 * A step's views whatever its slice: the registry holds steps of different slices side by side,
 * and each view is only ever given its own step's slice.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStepViews = StepViews<any>;
