import { create } from 'zustand';
import type { AnyCallOutput } from '../../contract/calls';
import type { Language } from '../../contract/workspace';
import { call } from '../api/client';
import { i18n } from '../i18n';

type HostInfo = AnyCallOutput<'host.info'>;

interface AppState {
  uiLanguage: Language;
  host: HostInfo | null;
  setHost: (host: HostInfo) => void;
  /** Switches the UI language now and remembers it in the data folder for every window. */
  setUiLanguage: (language: Language) => Promise<void>;
  /** Follows a change made in another window. */
  adoptUiLanguage: (language: Language) => void;
}

export const useAppStore = create<AppState>((set, get) => ({
  uiLanguage: 'en',
  host: null,
  setHost: (host) => set({ host }),
  setUiLanguage: async (language) => {
    get().adoptUiLanguage(language);
    await call('settings.update', { uiLanguage: language });
  },
  adoptUiLanguage: (language) => {
    if (get().uiLanguage === language && i18n.language === language) return;
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    set({ uiLanguage: language });
  },
}));

/** The OS's language on first start: Danish if the system prefers it, else English. */
export function languageFromSystem(languages: readonly string[] = navigator.languages): Language {
  const first = languages.find((tag) => /^(da|en)\b/i.test(tag));
  return first?.toLowerCase().startsWith('da') ? 'da' : 'en';
}
