import { ServiceFailure } from '../../src/contract/errors';
import type { HostHandlers } from '../service/host-dispatch';

/**
 * The browser host's answers to the `host.*` calls. A browser page has no file manager to reveal a
 * file in, no native save dialog (it downloads an export itself, from `workspace.export`) and no
 * presenter window to ask for (it opens the presenter view's address itself, with `window.open`),
 * so `host.info` says so and the renderer offers only what the host can do; a page that asks
 * anyway gets `not_available_in_browser`.
 *
 * @example
 * const dispatch = createHostDispatch(service, browserHostHandlers({ dataDir: service.dataDir }));
 */
export function browserHostHandlers(options: { dataDir: string }): HostHandlers {
  const notAvailable = (call: string) => async (): Promise<never> => {
    throw new ServiceFailure('not_available_in_browser', { call });
  };
  return {
    'host.info': async () => ({
      kind: 'browser',
      dataDir: options.dataDir,
      capabilities: { revealFile: false, saveDialog: false, presenterWindow: false },
    }),
    'host.revealFile': notAvailable('host.revealFile'),
    'host.present': notAvailable('host.present'),
    'host.stopPresenting': notAvailable('host.stopPresenting'),
    // The page sends what it holds on `pagehide` itself (keepalive): there is no window to hold.
    'host.pendingEdits': async () => ({}),
    'host.exportWorkspace': notAvailable('host.exportWorkspace'),
    // The page prints the playbook's print route itself (window.print) and downloads its Markdown.
    'host.exportPlaybook': notAvailable('host.exportPlaybook'),
    'host.savePlaybookMarkdown': notAvailable('host.savePlaybookMarkdown'),
    // A step's exports (a calendar, a CSV) download in the page.
    'host.saveFile': notAvailable('host.saveFile'),
  };
}
