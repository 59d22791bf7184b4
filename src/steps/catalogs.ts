import type { Language } from '../contract/workspace';
import { catalogs, defaultNamespace, namespaces } from '../i18n/catalogs';
import { registeredStepIds, stepCatalogResources } from './index';

/**
 * Every catalog of this build: the app's own namespaces (src/i18n) and one per registered step
 * (the step's id, from its folder). What i18next is initialised with, in the app, the print
 * route and the tests alike.
 */
export const allCatalogs: Record<Language, Record<string, Record<string, unknown>>> = {
  en: { ...catalogs.en, ...stepCatalogResources('en') },
  da: { ...catalogs.da, ...stepCatalogResources('da') },
};

export const allNamespaces: readonly string[] = [...namespaces, ...registeredStepIds];
export { defaultNamespace };
