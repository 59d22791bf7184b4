import { allCatalogs } from '../../steps/catalogs';
import { registeredStepIds } from '../../steps';
import { i18n } from '../i18n';

/**
 * The steps' own catalogs (one namespace per step, from each step's folder), added to i18next
 * when this module first loads: with the workspace's screens, never with the home screen, whose
 * first load stays small. Every module that shows a step imports it.
 */
for (const language of ['en', 'da'] as const) {
  for (const stepId of registeredStepIds) {
    if (!i18n.hasResourceBundle(language, stepId)) i18n.addResourceBundle(language, stepId, allCatalogs[language][stepId]!);
  }
}

export const stepCatalogsLoaded = true;
