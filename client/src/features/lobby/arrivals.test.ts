import { LobbyEntry } from '@konsiili/shared';
import { describe, expect, it } from 'vitest';
import { byArrival, newArrivals } from './arrivals.ts';

const entry = (userId: string, since: string): LobbyEntry =>
  LobbyEntry.parse({
    roomId: 'r',
    userId,
    displayName: `Vieras ${userId}`,
    profession: 'Fysioterapeutti',
    role: 'guest',
    since,
  });

const a = entry('a', '2026-11-25T08:00:00.000Z');
const b = entry('b', '2026-11-25T07:55:00.000Z');

describe('lobby list', () => {
  it('[LB1] announces only people who were not waiting before, never the first list', () => {
    expect(newArrivals(undefined, [a])).toEqual([]);
    expect(newArrivals([a], [a, b])).toEqual([b]);
    expect(newArrivals([a, b], [b])).toEqual([]);
  });

  it('[LB2] orders by who has waited longest', () => {
    expect(byArrival([a, b]).map((e) => e.userId)).toEqual(['b', 'a']);
  });
});
