import { useTranslation } from 'react-i18next';
import { quickAddStep } from '../../steps';
import { Dialog } from '../../steps/kit/Dialog';

export const SHORTCUTS = [
  { keys: 'Alt+→', action: 'next' },
  { keys: 'Alt+←', action: 'previous' },
  { keys: 'T', action: 'timer' },
  { keys: 'P', action: 'present' },
  { keys: 'B', action: 'blank' },
  { keys: 'Ctrl+Z', action: 'undo' },
  { keys: 'Shift+Ctrl+Z', action: 'redo' },
  { keys: '?', action: 'shortcuts' },
] as const;

/** The shortcuts, with a step's quick add (named in that step's catalog) when a step offers one. */
function shortcuts(): { keys: string; action: string; label?: string }[] {
  const step = quickAddStep();
  const quick = step?.quickAdd ? [{ keys: step.quickAdd.key.toUpperCase(), action: `quickAdd-${step.id}`, label: `${step.id}:${step.quickAdd.labelKey}` }] : [];
  return [...SHORTCUTS.slice(0, 5), ...quick, ...SHORTCUTS.slice(5)];
}

/** Keys as a Mac's keyboard labels them. */
function forPlatform(keys: string, mac: boolean): string {
  return mac ? keys.replace('Ctrl', '⌘').replace('Alt', '⌥') : keys;
}

/** The keyboard shortcuts, listed: "?" opens it, Esc closes it. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('facilitator');
  const mac = /Mac/i.test(navigator.platform);
  return (
    <Dialog open={open} title={t('shortcuts.title')} description={t('shortcuts.description')} onClose={onClose}>
      <table className="shortcuts-table">
        <tbody>
          {shortcuts().map((shortcut) => (
            <tr key={shortcut.action}>
              <th scope="row">
                <kbd>{forPlatform(shortcut.keys, mac)}</kbd>
              </th>
              <td>{t(shortcut.label ?? `shortcuts.${shortcut.action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
    </Dialog>
  );
}
