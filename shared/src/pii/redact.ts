import type { PiiLocale, PiiSpan, PiiType } from './types.ts';

/** Readable placeholders written in place of each kind of personal data, per locale. */
export const PLACEHOLDERS: Readonly<Record<PiiLocale, Readonly<Record<PiiType, string>>>> = {
  fi: {
    HETU: '[HETU]',
    NAME: '[NIMI]',
    PHONE: '[PUHELIN]',
    EMAIL: '[SÄHKÖPOSTI]',
    ADDRESS: '[OSOITE]',
    POSTAL_CODE: '[POSTINUMERO]',
    DATE_OF_BIRTH: '[SYNTYMÄAIKA]',
    IBAN: '[TILINUMERO]',
    OTHER_ID: '[TUNNISTE]',
  },
  sv: {
    HETU: '[PERSONBETECKNING]',
    NAME: '[NAMN]',
    PHONE: '[TELEFON]',
    EMAIL: '[E-POST]',
    ADDRESS: '[ADRESS]',
    POSTAL_CODE: '[POSTNUMMER]',
    DATE_OF_BIRTH: '[FÖDELSEDATUM]',
    IBAN: '[KONTONUMMER]',
    OTHER_ID: '[ID-NUMMER]',
  },
  en: {
    HETU: '[ID CODE]',
    NAME: '[NAME]',
    PHONE: '[PHONE]',
    EMAIL: '[EMAIL]',
    ADDRESS: '[ADDRESS]',
    POSTAL_CODE: '[POSTAL CODE]',
    DATE_OF_BIRTH: '[DATE OF BIRTH]',
    IBAN: '[ACCOUNT NUMBER]',
    OTHER_ID: '[IDENTIFIER]',
  },
};

/** Replaces non-overlapping spans (sorted by start) with the locale's placeholders. */
export function applyPlaceholders(text: string, spans: readonly PiiSpan[], locale: PiiLocale): string {
  if (spans.length === 0) return text;
  const placeholders = PLACEHOLDERS[locale];
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    out += text.slice(cursor, span.start) + placeholders[span.type];
    cursor = span.end;
  }
  return out + text.slice(cursor);
}
