import { describe, expect, it } from 'vitest';
import { dueAtFor, isOverdue } from './due.ts';

// The same cases as the server's due-time test: the form must promise what the server will set.
describe('dueAtFor (Helsinki working hours Mon–Fri 8–16)', () => {
  const due = (urgency: 'today' | '3d' | '7d', iso: string) =>
    dueAtFor(urgency, Date.parse(iso)).toISOString();

  it('today: the end of the working day the request lands in', () => {
    expect(due('today', '2026-03-10T08:00:00+02:00')).toBe('2026-03-10T14:00:00.000Z');
    expect(due('today', '2026-03-10T17:30:00+02:00')).toBe('2026-03-11T14:00:00.000Z');
    expect(due('today', '2026-03-10T07:00:00+02:00')).toBe('2026-03-10T14:00:00.000Z');
  });

  it('a weekend request counts from Monday morning', () => {
    expect(due('today', '2026-03-14T12:00:00+02:00')).toBe('2026-03-16T14:00:00.000Z');
    expect(due('3d', '2026-03-14T12:00:00+02:00')).toBe('2026-03-18T14:00:00.000Z');
  });

  it('3 and 7 days add working days and skip weekends', () => {
    expect(due('3d', '2026-03-10T15:00:00+02:00')).toBe('2026-03-13T13:00:00.000Z');
    expect(due('3d', '2026-03-12T10:00:00+02:00')).toBe('2026-03-17T08:00:00.000Z');
    expect(due('7d', '2026-03-10T09:00:00+02:00')).toBe('2026-03-19T07:00:00.000Z');
    expect(due('3d', '2026-03-09T17:00:00+02:00')).toBe('2026-03-12T14:00:00.000Z');
  });

  it('keeps wall-clock hours across the DST changes', () => {
    expect(due('3d', '2026-03-27T10:00:00+02:00')).toBe('2026-04-01T07:00:00.000Z');
    expect(due('3d', '2026-10-23T10:00:00+03:00')).toBe('2026-10-28T08:00:00.000Z');
  });
});

describe('isOverdue', () => {
  it('is late only while the request waits for an answer', () => {
    const now = Date.parse('2026-03-02T08:00:00Z');
    const dueAt = '2026-03-01T08:00:00Z';
    expect(isOverdue({ state: 'new', dueAt }, now)).toBe(true);
    expect(isOverdue({ state: 'info_requested', dueAt }, now)).toBe(true);
    expect(isOverdue({ state: 'answered', dueAt }, now)).toBe(false);
    expect(isOverdue({ state: 'new', dueAt: '2026-03-04T08:00:00Z' }, now)).toBe(false);
  });
});
