import { describe, expect, it } from 'vitest';
import { dueAtFor, isOverdue } from './due.ts';

const NOW = Date.parse('2026-03-02T08:00:00Z');

describe('dueAtFor', () => {
  it.each([
    ['today', '2026-03-03T08:00:00.000Z'],
    ['3d', '2026-03-05T08:00:00.000Z'],
    ['7d', '2026-03-09T08:00:00.000Z'],
  ] as const)('%s → %s', (urgency, expected) => {
    expect(dueAtFor(urgency, NOW).toISOString()).toBe(expected);
  });
});

describe('isOverdue', () => {
  it('is late only while the request waits for an answer', () => {
    const dueAt = '2026-03-01T08:00:00Z';
    expect(isOverdue({ state: 'new', dueAt }, NOW)).toBe(true);
    expect(isOverdue({ state: 'info_requested', dueAt }, NOW)).toBe(true);
    expect(isOverdue({ state: 'answered', dueAt }, NOW)).toBe(false);
    expect(isOverdue({ state: 'new', dueAt: '2026-03-04T08:00:00Z' }, NOW)).toBe(false);
  });
});
