import { createContext, useContext } from 'react';
import { DEFAULT_PLAYBOOK_OPTIONS, type PlaybookOptions } from '../../contract/print-options';

/**
 * The playbook's options, for the sections that care (a step's PlaybookSection keeps its props,
 * StepPlaybookProps): the current-state section reads `cards` ('full': every card; 'themes': the
 * top themes only), and any section may read `includeNotes` or `paper`.
 *
 * @example
 * const { cards } = usePlaybookOptions();
 */
export const PlaybookOptionsContext = createContext<PlaybookOptions>(DEFAULT_PLAYBOOK_OPTIONS);

export function usePlaybookOptions(): PlaybookOptions {
  return useContext(PlaybookOptionsContext);
}
