import {
  ItemId,
  RoomId,
  SeriesId,
  ServiceId,
  UserId,
  type AgendaItem,
  type PptState,
  type PresentMember,
} from '@konsiili/shared';
import { describe, expect, it } from 'vitest';
import {
  canChair,
  coverage,
  declarationTotals,
  formatClock,
  groupByService,
  itemTimer,
  movedOrder,
  myDeclaredCount,
  planLine,
  speakerList,
} from './selectors.ts';

const roomId = RoomId.parse('ppt-demo-20260107');
const t0 = Date.parse('2026-01-07T11:00:00.000Z');
const min = 60_000;
const alice = UserId.parse('alice');
const bob = UserId.parse('bob');
const kela = ServiceId.parse('kela');
const hs = ServiceId.parse('health-station');

function item(id: string, over: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: ItemId.parse(id),
    kind: 'case',
    presenterId: alice,
    title: '',
    question: '',
    status: 'queued',
    ...over,
  };
}

function state(over: Partial<PptState> = {}): PptState {
  return {
    roomId,
    seriesId: SeriesId.parse('demo'),
    date: '2026-01-07',
    version: 1,
    phase: 'running',
    startsAt: new Date(t0).toISOString(),
    endsAt: new Date(t0 + 60 * min).toISOString(),
    requiredServices: [hs, kela],
    declarations: [],
    items: [],
    hands: [],
    ...over,
  };
}

describe('itemTimer', () => {
  const running = item('a', { status: 'running', startedAt: new Date(t0).toISOString(), budgetMs: 10 * min });
  it('is calm, then amber in the last fifth, then red past the budget', () => {
    expect(itemTimer(running, t0 + 2 * min)?.tone).toBe('calm');
    expect(itemTimer(running, t0 + 8 * min)?.tone).toBe('amber');
    const over = itemTimer(running, t0 + 11 * min + 5000);
    expect(over?.tone).toBe('red');
    expect(over?.isOverrun).toBe(true);
    expect(formatClock(over?.remainingMs ?? 0)).toBe('1:05');
    expect(itemTimer(running, t0 + 2 * min + 30_000)?.remainingMs).toBe(7 * min + 30_000);
  });
  it('has no timer before the item starts', () => {
    expect(itemTimer(item('b'), t0)).toBeUndefined();
  });
  it('formats hours', () => {
    expect(formatClock(3_725_000)).toBe('1:02:05');
    expect(formatClock(750_000)).toBe('12:30');
  });
});

describe('planLine', () => {
  it('fits while each waiting item gets at least five minutes after the running one', () => {
    const s = state({
      currentItemId: ItemId.parse('a'),
      items: [
        item('a', { status: 'running', startedAt: new Date(t0).toISOString(), budgetMs: 20 * min }),
        item('b'),
        item('c'),
      ],
    });
    const plan = planLine(s, t0 + 10 * min);
    expect(plan.waitingCount).toBe(2);
    expect(plan.sessionRemainingMs).toBe(50 * min);
    expect(plan.perItemMs).toBe(20 * min);
    expect(plan.fits).toBe(true);
    expect(planLine(s, t0 + 52 * min).fits).toBe(false);
  });
});

describe('opening round and people', () => {
  const s = state({
    declarations: [
      { userId: alice, caseCount: 2, declaredAt: new Date(t0).toISOString() },
      { userId: bob, caseCount: 0, declaredAt: new Date(t0).toISOString() },
    ],
    hands: [
      { userId: bob, raisedAt: new Date(t0 + 2000).toISOString() },
      { userId: alice, raisedAt: new Date(t0 + 1000).toISOString() },
    ],
    actingChairId: bob,
  });
  it('totals declarations and knows mine', () => {
    expect(declarationTotals(s)).toEqual({ cases: 2, presenters: 1, declared: 2 });
    expect(myDeclaredCount(s, alice)).toBe(2);
    expect(myDeclaredCount(s, UserId.parse('carol'))).toBeUndefined();
  });
  it('numbers the speaker list in the order hands were raised', () => {
    expect(speakerList(s).map((x) => [x.position, x.userId])).toEqual([
      [1, alice],
      [2, bob],
    ]);
  });
  it('lets the chair, the deputy and the acting chair run the queue', () => {
    expect(canChair(s, { userId: alice, role: 'participant' })).toBe(false);
    expect(canChair(s, { userId: alice, role: 'deputy_chair' })).toBe(true);
    expect(canChair(s, { userId: bob, role: 'participant' })).toBe(true);
  });
  it('marks each required service present or missing, counting only online members', () => {
    const members = [
      { serviceId: hs, isOnline: true },
      { serviceId: kela, isOnline: false },
    ];
    expect(coverage([hs, kela], members)).toEqual([
      { serviceId: hs, isPresent: true },
      { serviceId: kela, isPresent: false },
    ]);
  });
  it('groups the roster with required services first, even empty ones', () => {
    const member = (userId: UserId, serviceId: ServiceId | undefined, isOnline: boolean): PresentMember => ({
      roomId,
      userId,
      role: 'participant',
      displayName: userId,
      profession: 'x',
      isOnline,
      ...(serviceId ? { serviceId } : {}),
    });
    const groups = groupByService(
      [member(alice, ServiceId.parse('home-care'), true), member(bob, undefined, true)],
      [{ id: hs }, { id: ServiceId.parse('home-care') }, { id: kela }],
      [kela, hs],
      'fi',
    );
    expect(groups.map((g) => [g.serviceId, g.members.length, g.isRequired])).toEqual([
      [kela, 0, true],
      [hs, 0, true],
      ['home-care', 1, false],
      ['', 1, false],
    ]);
  });
  it('moves a waiting item up or down, not past the edges', () => {
    const q = state({ items: [item('done', { status: 'done' }), item('a'), item('b'), item('c')] });
    expect(movedOrder(q, ItemId.parse('b'), -1)).toEqual(['b', 'a', 'c']);
    expect(movedOrder(q, ItemId.parse('c'), 1)).toBeUndefined();
    expect(movedOrder(q, ItemId.parse('done'), 1)).toBeUndefined();
  });
});
