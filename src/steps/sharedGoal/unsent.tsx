import { createContext, useCallback, useContext, useEffect, useId, useMemo, useState, type ReactNode } from 'react';

/**
 * Fields of the goal whose typed text does not read as a number ("abc", or emptied): the text
 * stays in its field, unsent, so the document and the results still hold the last valid value.
 * The editor counts them, and the results say they are stale until every field reads again.
 */
const UnsentFields = createContext<((id: string, unsent: boolean) => void) | null>(null);

export function UnsentFieldsProvider({ children, onChange }: { children: ReactNode; onChange: (count: number) => void }) {
  const [ids, setIds] = useState<ReadonlySet<string>>(() => new Set());
  const mark = useCallback((id: string, unsent: boolean) => {
    setIds((previous) => {
      if (previous.has(id) === unsent) return previous;
      const next = new Set(previous);
      if (unsent) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  useEffect(() => onChange(ids.size), [ids, onChange]);
  const value = useMemo(() => mark, [mark]);
  return <UnsentFields.Provider value={value}>{children}</UnsentFields.Provider>;
}

/** A field says whether its typed text is unsent (it does not read as a number). */
export function useReportUnsent(unsent: boolean): void {
  const mark = useContext(UnsentFields);
  const id = useId();
  useEffect(() => {
    mark?.(id, unsent);
    return () => mark?.(id, false);
  }, [mark, id, unsent]);
}
