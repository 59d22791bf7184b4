import daCommon from './da/common.json';
import daErrors from './da/errors.json';
import daFacilitator from './da/facilitator.json';
import daHome from './da/home.json';
import daMenu from './da/menu.json';
import daPlaybook from './da/playbook.json';
import daWorkspace from './da/workspace.json';
import enCommon from './en/common.json';
import enErrors from './en/errors.json';
import enFacilitator from './en/facilitator.json';
import enHome from './en/home.json';
import enMenu from './en/menu.json';
import enPlaybook from './en/playbook.json';
import enWorkspace from './en/workspace.json';

/**
 * The app's own translation catalogs, one JSON file per namespace and language. Each workshop
 * step brings its own namespace (its id) in its folder (src/steps/<id>/i18n), registered with
 * the step (stepCatalogResources in src/steps/index.ts). English is the reference:
 * test/i18n/catalogs.test.ts fails when a key (or an interpolation) is missing in either one.
 */
export const catalogs = {
  en: { common: enCommon, errors: enErrors, facilitator: enFacilitator, home: enHome, menu: enMenu, playbook: enPlaybook, workspace: enWorkspace },
  da: { common: daCommon, errors: daErrors, facilitator: daFacilitator, home: daHome, menu: daMenu, playbook: daPlaybook, workspace: daWorkspace },
} as const;

export const namespaces = ['common', 'errors', 'facilitator', 'home', 'menu', 'playbook', 'workspace'] as const;
export const defaultNamespace = 'common';
