import '../steps/step-catalogs';
import { useEffect, useMemo, useRef } from 'react';
import { PLAYBOOK_ERROR_ATTRIBUTE, PLAYBOOK_READY_ATTRIBUTE, parsePrintQuery, playbookFileName, queryParams } from '../../contract/print-options';
import { useDocumentStore } from '../stores/document-store';
import { setupOf, today } from './model';
import { PagedPlaybook } from './PagedPlaybook';

/**
 * The print route, `#/print/<workspaceId>?paper=A4&notes=0&cards=themes`: the playbook's pages
 * and nothing else, outside the app's shell. Printers (Electron's hidden window, Playwright in
 * `npm run playbook:pdf`) wait for `data-playbook-ready` on <html>: set once the fonts are loaded
 * and the pages laid out. With `autoprint=1` (the browser's export) it opens the print dialog then.
 */
export function PlaybookPrintScreen({ route }: { route: string }) {
  const [rawId = '', query = ''] = route.split('?');
  const workspaceId = decodeURIComponent(rawId);
  const options = useMemo(() => parsePrintQuery(query), [query]);
  const autoprint = queryParams(query)['autoprint'] === '1';
  const workspace = useDocumentStore((s) => s.workspace);
  const loadError = useDocumentStore((s) => s.loadError);
  const printed = useRef(false);

  useEffect(() => {
    const { open, close } = useDocumentStore.getState();
    const root = document.documentElement;
    root.classList.add('printing');
    root.removeAttribute(PLAYBOOK_READY_ATTRIBUTE);
    void open(workspaceId);
    return () => {
      close();
      root.classList.remove('printing');
      root.removeAttribute(PLAYBOOK_READY_ATTRIBUTE);
      root.removeAttribute(PLAYBOOK_ERROR_ATTRIBUTE);
    };
  }, [workspaceId]);

  useEffect(() => {
    if (loadError) document.documentElement.setAttribute(PLAYBOOK_ERROR_ATTRIBUTE, loadError.code);
  }, [loadError]);

  useEffect(() => {
    // The browser's "Save as PDF" proposes the title as the file's name.
    if (workspace) document.title = playbookFileName(workspace.clientCompany, setupOf(workspace).date || today(), 'pdf').replace(/\.pdf$/, '');
  }, [workspace]);

  return (
    <main className="pb-print">
      {workspace ? (
        <PagedPlaybook
          workspace={workspace}
          options={options}
          onLaidOut={(result) => {
            const root = document.documentElement;
            root.setAttribute('data-playbook-pages', String(result.pages));
            root.setAttribute('data-playbook-layout-ms', result.layoutMs.toFixed(0));
            root.setAttribute(PLAYBOOK_READY_ATTRIBUTE, 'true');
            if (autoprint && !printed.current) {
              printed.current = true;
              window.print();
            }
          }}
          onLayoutError={(error) => document.documentElement.setAttribute(PLAYBOOK_ERROR_ATTRIBUTE, error.message || 'layout')}
        />
      ) : null}
    </main>
  );
}
