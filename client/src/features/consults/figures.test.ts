import { describe, expect, it } from 'vitest';
import { currentMonth, formatHours, formatMonth, formatShare, isMonth } from './figures.ts';

describe('figures formatting', () => {
  it('takes the month in Helsinki, not UTC', () => {
    expect(currentMonth(Date.parse('2026-01-31T22:30:00Z'))).toBe('2026-02');
    expect(currentMonth(Date.parse('2026-01-31T21:30:00Z'))).toBe('2026-01');
  });
  it('names the month in the language', () => {
    expect(formatMonth('2026-12', 'fi')).toBe('joulukuu 2026');
    expect(formatMonth('2026-12', 'en')).toBe('December 2026');
  });
  it('accepts only real months', () => {
    expect(isMonth('2026-12')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth(null)).toBe(false);
  });
  it('writes numbers the local way and a dash for nothing', () => {
    expect(formatHours(1.54, 'fi')).toBe('1,5');
    expect(formatHours(1.54, 'en')).toBe('1.5');
    expect(formatHours(null, 'fi')).toBe('–');
    expect(formatShare(0.75, 'en')).toBe('75%');
    expect(formatShare(undefined, 'sv')).toBe('–');
  });
});
