import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, toLanguage, type Language } from '../lib/language.ts';
import en from '../ui/i18n/en.json';
import fi from '../ui/i18n/fi.json';
import sv from '../ui/i18n/sv.json';

export const resources = {
  fi: { translation: fi },
  sv: { translation: sv },
  en: { translation: en },
} as const;

const STORAGE_KEY = 'konsiili.language';

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be blocked by policy; Finnish is then the right default.
    return DEFAULT_LANGUAGE;
  }
}

function remember(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering is acceptable; the switch still works for this visit.
  }
}

/**
 * One i18next instance for the app. No fallback language: the three files are complete (a unit test
 * proves it), and a missing key must show up in review, not as Finnish inside the Swedish UI.
 */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  const language = storedLanguage();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    supportedLngs: LANGUAGES.map((l) => l.code),
    returnEmptyString: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = language;
  instance.on('languageChanged', (next: string) => {
    const current = toLanguage(next);
    document.documentElement.lang = current;
    remember(current);
  });
  return instance;
}
