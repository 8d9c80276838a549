import { describe, expect, it } from 'vitest';
import { joinWindow } from './join-window.ts';

const startsAt = '2025-11-25T12:00:00Z';
const at = (iso: string) => new Date(iso);

describe('joinWindow', () => {
  const session = { status: 'scheduled' as const, startsAt, durationMinutes: 60 };

  it.each([
    ['an hour before', '2025-11-25T11:00:00Z', 'too-early'],
    ['10 min 1 s before', '2025-11-25T11:49:59Z', 'too-early'],
    ['exactly 10 min before', '2025-11-25T11:50:00Z', 'open'],
    ['at the start', '2025-11-25T12:00:00Z', 'open'],
    ['one minute before the end', '2025-11-25T12:59:00Z', 'open'],
    ['at the end', '2025-11-25T13:00:00Z', 'ended'],
  ])('%s → %s', (_label, now, expected) => {
    expect(joinWindow(session, at(now)).state).toBe(expected);
  });

  it('says when the window opens', () => {
    const result = joinWindow(session, at('2025-11-25T09:00:00Z'));
    expect(result).toEqual({ state: 'too-early', opensAt: at('2025-11-25T11:50:00Z') });
  });

  it('keeps an open session joinable while it runs over', () => {
    expect(joinWindow({ ...session, status: 'open' }, at('2025-11-25T13:30:00Z')).state).toBe('open');
  });

  it('never opens a closed room', () => {
    expect(joinWindow({ ...session, status: 'closed' }, at('2025-11-25T12:10:00Z')).state).toBe('closed');
  });

  it('opens rooms without a start time at once', () => {
    expect(joinWindow({ status: 'scheduled' }, at('2025-11-25T12:10:00Z')).state).toBe('open');
  });

  it('has no end when the duration is unknown', () => {
    expect(joinWindow({ status: 'scheduled', startsAt }, at('2025-11-26T12:00:00Z')).state).toBe('open');
  });
});
