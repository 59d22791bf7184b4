import { createContext, useContext } from 'react';
import { DEFAULT_PLAYBOOK_OPTIONS, type PlaybookOptions } from '../../contract/print-options';
import type { StepHost } from './host-types';

export type { EditOptions, FieldRefusal, Notice, SavedFile, StepHost } from './host-types';

const unavailable = () => {
  throw new Error('No step host: render step views inside <StepHostContext.Provider>.');
};

export const StepHostContext = createContext<StepHost>({
  edit: unavailable,
  undo: unavailable,
  notify: unavailable,
  refusalText: () => '',
  editsDuring: (commit) => {
    commit();
    return [];
  },
  refusalAt: () => undefined,
  subscribeRefusals: () => () => undefined,
  dismissRefusal: () => undefined,
  playbookOptions: DEFAULT_PLAYBOOK_OPTIONS,
  saveFile: unavailable,
  goToStep: unavailable,
  agreementSources: () => ({ stepAnswers: [], stepDecisions: [], checkInputs: {} }),
});

/**
 * The host's services, in any step view.
 *
 * @example
 * const { notify } = useStepHost();
 * notify({ tone: 'info', message: t('removed'), undoable: true });
 */
export function useStepHost(): StepHost {
  return useContext(StepHostContext);
}

/** The playbook's options, for the playbook sections that care. */
export function usePlaybookOptions(): PlaybookOptions {
  return useContext(StepHostContext).playbookOptions;
}
