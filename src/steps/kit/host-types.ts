import type { StepAgreementSources } from '../../contract/step-definition';
import type { Workspace } from '../../contract/workspace';
import type { DocPath, EditOp } from '../../contract/edit';
import type { ServiceError } from '../../contract/errors';
import type { PlaybookOptions } from '../../contract/print-options';

/** How an edit is recorded: typing in one field coalesces into one undo step (`coalesceKey`). */
export interface EditOptions {
  coalesceKey?: string;
  undoable?: boolean;
}

export interface Notice {
  tone: 'info' | 'error';
  message: string;
  /** Offer "Undo" with the notice (after a removal the room may regret). */
  undoable?: boolean;
}

/** An edit the service refused, as the field where it was typed shows it. */
export interface FieldRefusal {
  path: DocPath;
  /** The value the edit carried (what the user typed). */
  value: unknown;
  error: ServiceError;
}

/** A file the user saves (a calendar, a CSV): a save dialog in the desktop app, a download in a browser. */
export interface SavedFile {
  /** The suggested name with its extension ("Nordvind – møder.ics"). */
  fileName: string;
  mimeType: string;
  /** The file type as a save dialog names it ("Calendar"), translated. */
  fileTypeName: string;
  content: string;
}

/**
 * What the host (the renderer) lends a step's views: the services a step needs beyond its props,
 * handed in through one context so that a step never imports the renderer's stores or shell.
 * The renderer provides it (src/renderer/steps/StepHostProvider.tsx); tests can provide a fake.
 */
export interface StepHost {
  edit: (ops: EditOp[], options?: EditOptions) => void;
  undo: () => void;
  notify: (notice: Notice) => void;
  /** The text of a refused edit's reason, translated (the service's error). */
  refusalText: (error: ServiceError) => string;
  /**
   * Runs a field's commit and returns the paths of the `set` edits it made: a field learns where
   * it writes without its caller naming the path, and finds its refusal there.
   */
  editsDuring: (commit: () => void) => DocPath[];
  /** The refused edit at exactly `path`, if any (the same object until it changes). */
  refusalAt: (path: DocPath) => FieldRefusal | undefined;
  /** Calls `listener` when the refusals change; returns the unsubscribe. */
  subscribeRefusals: (listener: () => void) => () => void;
  /** Forgets the refusal at `path` (the user saw it). */
  dismissRefusal: (path: DocPath) => void;
  /** The playbook's print options (paper, notes, cards in full or as themes). */
  playbookOptions: PlaybookOptions;
  saveFile: (file: SavedFile) => Promise<void>;
  /**
   * Every step's answers and decisions (from the registry), for a step that gathers them: a step
   * cannot read the registry itself.
   */
  agreementSources: (workspace: Workspace) => StepAgreementSources;
  /** Opens the facilitator's view at a step (and, when given, focuses an element id there). */
  goToStep: (stepId: string, focusId?: string) => void;
}
