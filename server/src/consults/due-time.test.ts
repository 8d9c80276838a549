import { describe, expect, it } from 'vitest';
import { dueTimeFor, escalationTimeFor } from './due-time.ts';

// Helsinki is UTC+2 in winter and UTC+3 in summer; DST starts 29 March 2026 and ends 25 October 2026.
describe('due time in Europe/Helsinki working hours (Mon–Fri 8–16)', () => {
  const due = (urgency: 'today' | '3d' | '7d', iso: string) =>
    dueTimeFor(urgency, new Date(iso)).toISOString();

  it('today: the end of the working day the request lands in', () => {
    expect(due('today', '2026-03-10T08:00:00+02:00')).toBe('2026-03-10T14:00:00.000Z'); // Tue 10:00
    expect(due('today', '2026-03-10T17:30:00+02:00')).toBe('2026-03-11T14:00:00.000Z'); // after hours
    expect(due('today', '2026-03-10T07:00:00+02:00')).toBe('2026-03-10T14:00:00.000Z'); // before hours
  });

  it('a weekend request counts from Monday morning', () => {
    expect(due('today', '2026-03-14T12:00:00+02:00')).toBe('2026-03-16T14:00:00.000Z'); // Sat → Mon 16:00
    expect(due('3d', '2026-03-14T12:00:00+02:00')).toBe('2026-03-18T14:00:00.000Z'); // → Wed 16:00
  });

  it('3 and 7 days add working days and skip weekends', () => {
    expect(due('3d', '2026-03-10T15:00:00+02:00')).toBe('2026-03-13T13:00:00.000Z'); // Tue 15 → Fri 15
    expect(due('3d', '2026-03-12T10:00:00+02:00')).toBe('2026-03-17T08:00:00.000Z'); // Thu 10 → Tue 10
    expect(due('7d', '2026-03-10T09:00:00+02:00')).toBe('2026-03-19T07:00:00.000Z'); // Tue 9 → Thu 9
    expect(due('3d', '2026-03-09T17:00:00+02:00')).toBe('2026-03-12T14:00:00.000Z'); // Mon 17 → Thu 16
  });

  it('keeps wall-clock hours across the spring and autumn DST changes', () => {
    // Fri 27 Mar 10:00 EET + 3 working days = Wed 1 Apr 10:00 EEST.
    expect(due('3d', '2026-03-27T10:00:00+02:00')).toBe('2026-04-01T07:00:00.000Z');
    // Fri 23 Oct 10:00 EEST + 3 working days = Wed 28 Oct 10:00 EET.
    expect(due('3d', '2026-10-23T10:00:00+03:00')).toBe('2026-10-28T08:00:00.000Z');
  });

  it('escalates a quarter of the window before the due time, at least an hour before', () => {
    const created = new Date('2026-03-10T08:00:00.000Z');
    expect(escalationTimeFor(created, new Date('2026-03-10T10:00:00.000Z')).toISOString()).toBe(
      '2026-03-10T09:00:00.000Z',
    );
    expect(escalationTimeFor(created, new Date('2026-03-14T08:00:00.000Z')).toISOString()).toBe(
      '2026-03-13T08:00:00.000Z',
    );
    expect(escalationTimeFor(created, new Date('2026-03-10T08:30:00.000Z')).toISOString()).toBe(
      created.toISOString(),
    );
  });
});
