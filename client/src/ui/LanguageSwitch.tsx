import { useTranslation } from 'react-i18next';
import { LANGUAGES, toLanguage } from '../lib/language.ts';

/** Suomi · Svenska · English, each written and marked up in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = toLanguage(i18n.resolvedLanguage);
  return (
    <div className="language-switch" role="group" aria-label={t('layout.language')}>
      {LANGUAGES.map((language, index) => (
        <span key={language.code} className="language-switch__item">
          {index > 0 ? (
            <span className="language-switch__separator" aria-hidden="true">
              ·
            </span>
          ) : null}
          <button
            type="button"
            lang={language.code}
            className="language-switch__button"
            aria-pressed={language.code === current}
            onClick={() => void i18n.changeLanguage(language.code)}
          >
            {language.name}
          </button>
        </span>
      ))}
    </div>
  );
}
