import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageSchema, type Language } from '../../contract/workspace';
import { useAppStore } from '../stores/app-store';

/** The UI language, for this and every other window; a workspace keeps its own for its playbook. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const language = useAppStore((state) => state.uiLanguage);
  const setLanguage = useAppStore((state) => state.setUiLanguage);
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('uiLanguage')}</label>
      <select id={id} value={language} onChange={(event) => void setLanguage(languageSchema.parse(event.target.value) as Language)}>
        <option value="en">{t('languages.en')}</option>
        <option value="da">{t('languages.da')}</option>
      </select>
    </div>
  );
}
