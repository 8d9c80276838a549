import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime, formatTimeRange, isSameHelsinkiDay } from './time.ts';

// 11:50 UTC is 13:50 in Helsinki in winter (UTC+2) and 14:50 in summer (UTC+3).
const winter = '2025-11-25T11:50:00Z';
const summer = '2025-06-03T06:05:00Z';

describe('formatDate', () => {
  it('writes d.M.yyyy without leading zeros in Finnish and Swedish', () => {
    expect(formatDate(summer, 'fi')).toBe('3.6.2025');
    expect(formatDate(summer, 'sv')).toBe('3.6.2025');
  });
  it('uses the day in Helsinki, not in UTC', () => {
    expect(formatDate('2025-11-25T22:30:00Z', 'fi')).toBe('26.11.2025');
  });
  it('writes dd/MM/yyyy in English', () => {
    expect(formatDate(summer, 'en')).toBe('03/06/2025');
  });
});

describe('formatTime', () => {
  it('uses the 24-hour clock in Helsinki time, winter and summer', () => {
    expect(formatTime(winter, 'fi')).toBe('13.50');
    expect(formatTime(summer, 'sv')).toBe('9.05');
    expect(formatTime(summer, 'en')).toBe('09:05');
    expect(formatTime('2025-11-25T22:00:00Z', 'fi')).toBe('0.00');
  });
});

describe('formatTimeRange and formatDateTime', () => {
  it('adds the end time when the duration is known', () => {
    expect(formatTimeRange(winter, 70, 'fi')).toBe('13.50–15.00');
    expect(formatTimeRange(winter, undefined, 'fi')).toBe('13.50');
  });
  it('joins date and time', () => {
    expect(formatDateTime(winter, 'fi')).toBe('25.11.2025 13.50');
  });
});

describe('isSameHelsinkiDay', () => {
  it('compares calendar days in Helsinki', () => {
    expect(isSameHelsinkiDay('2025-11-25T21:59:00Z', '2025-11-25T08:00:00Z')).toBe(true);
    expect(isSameHelsinkiDay('2025-11-25T22:01:00Z', '2025-11-25T08:00:00Z')).toBe(false);
  });
});
