import { describe, expect, it } from 'vitest';
import { formatClock, sortedDutyHours } from './duty-hours.ts';

describe('duty hours', () => {
  it('writes times the local way', () => {
    expect(formatClock('08:00', 'fi')).toBe('8.00');
    expect(formatClock('13:30', 'sv')).toBe('13.30');
    expect(formatClock('08:00', 'en')).toBe('08:00');
  });
  it('orders the week', () => {
    const sorted = sortedDutyHours([
      { weekday: 3, start: '12:00', end: '14:00' },
      { weekday: 1, start: '12:00', end: '14:00' },
      { weekday: 1, start: '08:00', end: '10:00' },
    ]);
    expect(sorted.map((h) => `${String(h.weekday)} ${h.start}`)).toEqual(['1 08:00', '1 12:00', '3 12:00']);
  });
});
