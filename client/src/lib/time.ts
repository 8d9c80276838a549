import type { Language } from './language.ts';

/** Every time in the product is shown as it is in Finland, whatever the device's zone. */
export const TIME_ZONE = 'Europe/Helsinki';

const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { timeZone: TIME_ZONE, ...options });
    cache.set(key, format);
  }
  return format;
}

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** d.M.yyyy in Finnish and Swedish (25.11.2025), dd/MM/yyyy in English. */
export function formatDate(instant: Date | string, language: Language): string {
  const date = new Date(instant);
  if (language === 'en') {
    return formatter(language, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
  }
  // Built from parts so that a browser's CLDR version cannot change the shape users learnt.
  const parts = formatter(language, { day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(
    date,
  );
  return `${part(parts, 'day')}.${part(parts, 'month')}.${part(parts, 'year')}`;
}

/** 24-hour clock: 9.05 / 13.50 in Finnish and Swedish, 09:05 / 13:50 in English. */
export function formatTime(instant: Date | string, language: Language): string {
  const parts = formatter(language, { hour: 'numeric', minute: '2-digit', hourCycle: 'h23' }).formatToParts(
    new Date(instant),
  );
  const hour = part(parts, 'hour');
  const minute = part(parts, 'minute');
  return language === 'en' ? `${hour.padStart(2, '0')}:${minute}` : `${hour}.${minute}`;
}

export function formatDateTime(instant: Date | string, language: Language): string {
  return `${formatDate(instant, language)} ${formatTime(instant, language)}`;
}

/** "13.00–14.00"; the end is left out when the duration is unknown. */
export function formatTimeRange(
  start: Date | string,
  durationMinutes: number | undefined,
  language: Language,
) {
  const from = formatTime(start, language);
  if (durationMinutes === undefined) return from;
  const end = new Date(new Date(start).getTime() + durationMinutes * 60_000);
  return `${from}–${formatTime(end, language)}`;
}

/** True when both instants fall on the same calendar day in Helsinki. */
export function isSameHelsinkiDay(a: Date | string, b: Date | string): boolean {
  return formatDate(a, 'fi') === formatDate(b, 'fi');
}
