import daCommon from './da/common.json';
import daCurrentState from './da/currentState.json';
import daErrors from './da/errors.json';
import daFacilitator from './da/facilitator.json';
import daHome from './da/home.json';
import daMenu from './da/menu.json';
import daPlaybook from './da/playbook.json';
import daSharedGoal from './da/sharedGoal.json';
import daSteps from './da/steps.json';
import daWorkspace from './da/workspace.json';
import enCommon from './en/common.json';
import enCurrentState from './en/currentState.json';
import enErrors from './en/errors.json';
import enFacilitator from './en/facilitator.json';
import enHome from './en/home.json';
import enMenu from './en/menu.json';
import enPlaybook from './en/playbook.json';
import enSharedGoal from './en/sharedGoal.json';
import enSteps from './en/steps.json';
import enWorkspace from './en/workspace.json';

/**
 * The translation catalogs, one JSON file per namespace and language. English is the reference:
 * test/i18n/catalogs.test.ts fails when a key (or an interpolation) is missing in either one.
 */
export const catalogs = {
  en: { common: enCommon, currentState: enCurrentState, errors: enErrors, facilitator: enFacilitator, home: enHome, menu: enMenu, playbook: enPlaybook, sharedGoal: enSharedGoal, steps: enSteps, workspace: enWorkspace },
  da: { common: daCommon, currentState: daCurrentState, errors: daErrors, facilitator: daFacilitator, home: daHome, menu: daMenu, playbook: daPlaybook, sharedGoal: daSharedGoal, steps: daSteps, workspace: daWorkspace },
} as const;

export const namespaces = ['common', 'currentState', 'errors', 'facilitator', 'home', 'menu', 'playbook', 'sharedGoal', 'steps', 'workspace'] as const;
export const defaultNamespace = 'common';
