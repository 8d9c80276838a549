import type { DutyHours } from '@konsiili/shared';
import type { Language } from '../../lib/language.ts';

/** "08:00" → "8.00" in Finnish and Swedish, unchanged in English (the product's 24-hour style). */
export function formatClock(hhmm: string, language: Language): string {
  if (language === 'en') return hhmm;
  const [hours = '0', minutes = '00'] = hhmm.split(':');
  return `${String(Number(hours))}.${minutes}`;
}

/** Slots sorted by weekday and start, so the week reads in order. */
export function sortedDutyHours(hours: readonly DutyHours[]): DutyHours[] {
  return [...hours].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
}
