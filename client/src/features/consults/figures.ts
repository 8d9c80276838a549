import type { Language } from '../../lib/language.ts';
import { TIME_ZONE } from '../../lib/time.ts';

/** The month (YYYY-MM) that `now` falls in, in Helsinki. */
export function currentMonth(now: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(new Date(now));
  const year = parts.find((p) => p.type === 'year')?.value ?? '1970';
  const month = parts.find((p) => p.type === 'month')?.value ?? '01';
  return `${year}-${month}`;
}

export function isMonth(value: string | null): value is string {
  return value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

const DECIMAL: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** Hours with one decimal in the language's style (fi/sv "1,5"); a dash when there is nothing to measure. */
export function formatHours(hours: number | null | undefined, language: Language): string {
  if (hours === null || hours === undefined) return '–';
  return new Intl.NumberFormat(DECIMAL[language], { maximumFractionDigits: 1 }).format(hours);
}

/** A 0..1 share as a whole percentage ("75 %" in fi/sv, "75%" in en). */
export function formatShare(share: number | null | undefined, language: Language): string {
  if (share === null || share === undefined) return '–';
  return new Intl.NumberFormat(DECIMAL[language], { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

/** "joulukuu 2026" / "december 2026" / "December 2026" for a YYYY-MM month. */
export function formatMonth(month: string, language: Language): string {
  const [year = 1970, monthNumber = 1] = month.split('-').map(Number);
  // Mid-month at noon UTC is the same month in Helsinki whatever the offset.
  return new Intl.DateTimeFormat(DECIMAL[language], {
    timeZone: TIME_ZONE,
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(year, monthNumber - 1, 15, 12)));
}
