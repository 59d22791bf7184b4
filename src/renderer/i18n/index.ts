import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs, defaultNamespace, namespaces } from '../../i18n/catalogs';

/**
 * i18next with the en and da catalogs of src/i18n, bundled (the app works offline). The
 * language is set at boot from the settings, or from the OS on first start.
 */
export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: catalogs,
  lng: 'en',
  fallbackLng: false,
  ns: [...namespaces],
  defaultNS: defaultNamespace,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  showSupportNotice: false,
});
