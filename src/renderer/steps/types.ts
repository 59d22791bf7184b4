import type { ComponentType } from 'react';
import type { Workspace } from '../../contract/workspace';
import type { EditOptions } from '../stores/document-store';
import type { EditOp } from '../../contract/edit';

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

export interface StepViews<Slice = never> {
  Editor: ComponentType<StepEditorProps<Slice>>;
  Presenter: ComponentType<StepPresenterProps<Slice>>;
  PlaybookSection: ComponentType<StepPlaybookProps<Slice>>;
}

/**
 * A step's views whatever its slice: the registry holds steps of different slices side by side,
 * and each view is only ever given its own step's slice (see viewsOf).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStepViews = StepViews<any>;
