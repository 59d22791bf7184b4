import { useCallback, useId, useState, useSyncExternalStore, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocPath } from '../../contract/edit';
import { useStepHost, type FieldRefusal } from './host';

const samePaths = (a: readonly DocPath[], b: readonly DocPath[]) => JSON.stringify(a) === JSON.stringify(b);

/** A field's refused edit, what was typed, and how the field commits (see useFieldRefusal). */
export interface FieldRefusalState {
  refusal: FieldRefusal | undefined;
  typed: string;
  commit: (text: string, run: () => void) => void;
  dismiss: () => void;
  /** The notice's id while it shows, for the input's aria-describedby. */
  noticeId: string | null;
}

/**
 * A field's refused edit. The field runs its commits through `commit`, which learns the paths the
 * commit writes (its caller never names them); a refusal at one of those paths is the field's.
 * `typed` is what the user typed: the refused value itself when the edit set this field's text or
 * number, else the text the field last sent (its caller may have set a whole item).
 *
 * @example
 * const refused = useFieldRefusal();
 * refused.commit(next, () => onCommit(next));
 * <RefusalNotice field={refused} putBack={(text) => …} input={inputRef} />
 */
export function useFieldRefusal(): FieldRefusalState {
  const host = useStepHost();
  const id = useId();
  const [sent, setSent] = useState<{ paths: DocPath[]; text: string }>({ paths: [], text: '' });
  const refusalOf = useCallback(() => {
    for (const path of sent.paths) {
      const refusal = host.refusalAt(path);
      if (refusal) return refusal;
    }
    return undefined;
  }, [host, sent.paths]);
  const refusal = useSyncExternalStore(host.subscribeRefusals, refusalOf, refusalOf);
  const commit = useCallback(
    (text: string, run: () => void) => {
      const written = host.editsDuring(run);
      if (written.length > 0) setSent((known) => ({ paths: samePaths(known.paths, written) ? known.paths : written, text }));
    },
    [host],
  );
  const dismiss = useCallback(() => {
    if (refusal) host.dismissRefusal(refusal.path);
  }, [host, refusal]);
  const typed = typeof refusal?.value === 'string' || typeof refusal?.value === 'number' ? String(refusal.value) : sent.text;
  return { refusal, typed, commit, dismiss, noticeId: refusal ? id : null };
}

interface RefusalNoticeProps {
  field: FieldRefusalState;
  /** Puts the typed text back in the field and sends it again. */
  putBack: (typed: string) => void;
  /** The field's input: focus returns there once the notice is gone. */
  input: RefObject<HTMLInputElement | null>;
}

/**
 * Shown under a field whose edit the service refused: why, and the text the user typed, with a
 * way to put it back in the field, to copy it, or to dismiss the notice. Nothing typed is lost
 * silently, even when another window changed the same field at the same moment.
 */
export function RefusalNotice({ field, putBack, input }: RefusalNoticeProps) {
  const { t } = useTranslation('common');
  const { refusalText } = useStepHost();
  const [copiedFor, setCopiedFor] = useState<FieldRefusal | null>(null);
  const { refusal, typed, dismiss, noticeId } = field;
  if (!refusal || !noticeId) return null;
  const reason =
    refusal.error.code === 'stale_revision' ? t('fieldRefusal.changedElsewhere') : t('fieldRefusal.notSaved', { reason: refusalText(refusal.error) });
  return (
    <div className="field__refusal" role="alert">
      <p id={noticeId} className="field__error">
        {reason} {t('fieldRefusal.yourText')} <q className="field__refused-text">{typed}</q>
      </p>
      <div className="field__refusal-actions">
        <button
          type="button"
          onClick={() => {
            dismiss();
            putBack(typed);
            input.current?.focus();
          }}
        >
          {t('fieldRefusal.putBack')}
        </button>
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(typed).then(() => setCopiedFor(refusal), () => setCopiedFor(null));
          }}
        >
          {copiedFor === refusal ? t('fieldRefusal.copied') : t('fieldRefusal.copy')}
        </button>
        <button
          type="button"
          onClick={() => {
            dismiss();
            input.current?.focus();
          }}
        >
          {t('dismiss')}
        </button>
      </div>
    </div>
  );
}
