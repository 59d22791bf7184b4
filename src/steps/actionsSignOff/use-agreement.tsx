import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../../contract/step-definition';
import type { Language, Workspace } from '../../contract/workspace';
import { stepFormat } from '../kit/format';
import { useStepHost } from '../kit/host';
import { agreementFacts, NO_SOURCES, type AgreementFacts, type AgreementSources } from './facts';
import type { Words } from './words';

/** The step's facts and their words, in a language (the UI's in the editor, the workspace's elsewhere). */
export function useAgreement(workspace: Workspace, language?: Language): { facts: AgreementFacts; words: Words; language: Language } {
  // Every registered step's answers and decisions, lent by the host (a step never reads the registry).
  const host = useStepHost();
  const { t, i18n } = useTranslation('actionsSignOff', language ? { lng: language } : undefined);
  const lng: Language = language ?? (i18n.language === 'da' ? 'da' : 'en');
  const facts = useMemo(() => agreementFacts(workspace, (host.agreementSources(workspace) as AgreementSources | undefined) ?? NO_SOURCES), [workspace, host]);
  const words = useMemo<Words>(
    () => ({ t: t as unknown as Translate, format: stepFormat(lng, workspace.currency), workshop: facts.workshop }),
    [t, lng, workspace.currency, facts.workshop],
  );
  return { facts, words, language: lng };
}

/** A new item's id (the pure core makes none). */
export const newId = (prefix: string): string => `${prefix}-${crypto.randomUUID()}`;

/** Focuses the element with `data-focus-id` once the document's change has rendered it. */
export function focusSoon(focusId: string, triesLeft = 40): void {
  const element = document.querySelector<HTMLElement>(`[data-focus-id="${CSS.escape(focusId)}"]`);
  if (element) {
    element.focus();
    return;
  }
  if (triesLeft > 0) setTimeout(() => focusSoon(focusId, triesLeft - 1), 50);
}
