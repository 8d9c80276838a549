import { describe, expect, it } from 'vitest';
import { RoomId, UserId, type ItemId, type Occurrence, type PptState } from '@konsiili/shared';
import { actingChairOf } from './chair.ts';
import { itemBudgetMs } from './budget.ts';
import * as ppt from './ppt.ts';

const u = (id: string) => UserId.parse(id);
const AT = new Date('2026-04-01T10:00:00.000Z');
const occurrence: Occurrence = {
  seriesId: 'keskusta',
  date: '2026-04-01',
  roomId: RoomId.parse('ppt-keskusta-20260401'),
  startsAt: '2026-04-01T13:00:00.000+03:00',
  endsAt: '2026-04-01T14:00:00.000+03:00',
  isCancelled: false,
  isMoved: false,
};

function ids(): () => string {
  let n = 0;
  return () => `i${String((n += 1))}`;
}

function ok(result: ppt.PptResult): PptState {
  if (ppt.isViolation(result)) throw new Error(`unexpected violation ${result.violation}`);
  return result.state;
}

function declared(counts: [string, number][], newId = ids()): PptState {
  let state = ppt.initialState(occurrence, []);
  for (const [user, count] of counts)
    state = ok(ppt.declareCases(state, { userId: u(user) }, { caseCount: count, topics: [] }, AT, newId));
  return state;
}

const order = (state: PptState) =>
  state.items.filter((i) => i.status === 'queued').map((i) => `${i.presenterId}:${i.id}`);

describe('opening round and fair order', () => {
  it.each([
    ['one presenter', [['a', 2]], ['a:i1', 'a:i2']],
    [
      'round-robin by presenter',
      [
        ['a', 3],
        ['b', 1],
        ['c', 2],
      ],
      ['a:i1', 'b:i4', 'c:i5', 'a:i2', 'c:i6', 'a:i3'],
    ],
    [
      'zero cases add nothing',
      [
        ['a', 0],
        ['b', 1],
      ],
      ['b:i1'],
    ],
  ] as [string, [string, number][], string[]][])('[Q1] %s', (_name, counts, expected) => {
    expect(order(declared(counts))).toEqual(expected);
  });

  it('[Q2] re-declaring fewer removes my last waiting cases; more adds them', () => {
    const newId = ids();
    let state = declared(
      [
        ['a', 3],
        ['b', 1],
      ],
      newId,
    );
    state = ok(ppt.declareCases(state, { userId: u('a') }, { caseCount: 1, topics: [] }, AT, newId));
    expect(order(state)).toEqual(['a:i1', 'b:i4']);
    state = ok(
      ppt.declareCases(state, { userId: u('a') }, { caseCount: 2, topics: ['', 'Asuminen'] }, AT, newId),
    );
    expect(order(state)).toEqual(['a:i1', 'b:i4', 'a:i5']);
    expect(state.items.find((i) => i.id === 'i5')?.title).toBe('Asuminen');
    expect(state.declarations.find((d) => d.userId === 'a')?.caseCount).toBe(2);
  });

  it('[Q3] after a manual reorder new items go to the end', () => {
    const newId = ids();
    let state = declared(
      [
        ['a', 2],
        ['b', 1],
      ],
      newId,
    );
    state = ok(ppt.reorderQueue(state, ['i3', 'i2', 'i1'] as ItemId[]));
    state = ok(ppt.declareCases(state, { userId: u('c') }, { caseCount: 1, topics: [] }, AT, newId));
    expect(order(state)).toEqual(['b:i3', 'a:i2', 'a:i1', 'c:i4']);
    expect(ppt.reorderQueue(state, ['i1'] as ItemId[])).toEqual({ violation: 'ORDER_MISMATCH' });
  });

  it('[Q4] phenomena follow the cases in fair order', () => {
    const newId = ids();
    let state = declared([['a', 1]], newId);
    state = ok(ppt.addPhenomenon(state, { userId: u('b') }, 'Alueellinen yhteistyö', newId));
    state = ok(ppt.declareCases(state, { userId: u('c') }, { caseCount: 1, topics: [] }, AT, newId));
    expect(order(state)).toEqual(['a:i1', 'c:i3', 'b:i2']);
  });
});

describe('running the queue', () => {
  it.each([
    [
      'an hour for 4 items',
      '2026-04-01T14:00:00.000+03:00',
      new Date('2026-04-01T10:00:00Z'),
      4,
      15 * 60_000,
    ],
    ['20 minutes left for 3', '2026-04-01T14:00:00.000+03:00', new Date('2026-04-01T10:40:00Z'), 3, 400_000],
    ['after the end', '2026-04-01T14:00:00.000+03:00', new Date('2026-04-01T12:00:00Z'), 2, 0],
  ])('[B1] budget: %s', (_name, endsAt, now, remaining, expected) => {
    expect(itemBudgetMs(endsAt, now, remaining)).toBe(expected);
  });

  it('[B2] start runs the first item with remaining time ÷ remaining items; a second start conflicts', () => {
    let state = declared([
      ['a', 2],
      ['b', 2],
    ]);
    state = ok(ppt.startItem(state, undefined, AT));
    expect(state.phase).toBe('running');
    expect(state.currentItemId).toBe('i1');
    expect(state.items[0]).toMatchObject({
      status: 'running',
      budgetMs: 15 * 60_000,
      startedAt: AT.toISOString(),
    });
    expect(ppt.startItem(state, undefined, AT)).toEqual({ violation: 'ITEM_RUNNING' });
    state = ok(ppt.extendItem(state, 5));
    expect(state.items[0]?.budgetMs).toBe(20 * 60_000);
    const finished = ppt.finishItem(state, { nextSteps: 'Kotikäynti', serviceIds: [] }, AT);
    if (ppt.isViolation(finished)) throw new Error('finish refused');
    expect(finished.cleared).toEqual(['currentItemId']);
    expect(finished.state.items[0]).toMatchObject({ status: 'done', outcome: { nextSteps: 'Kotikäynti' } });
    expect(ppt.extendItem(finished.state, 1)).toEqual({ violation: 'NOTHING_RUNNING' });
  });

  it('[B3] every change bumps the version by one and lists only changed fields', () => {
    const state = declared([['a', 1]]);
    const result = ppt.raiseHand(state, u('b'), AT);
    if (ppt.isViolation(result)) throw new Error('refused');
    expect(result.state.version).toBe(state.version + 1);
    expect(Object.keys(result.changes)).toEqual(['hands']);
  });

  it('[D1] defer marks the item here and carries a copy that goes first next time', () => {
    const state = declared([
      ['a', 1],
      ['b', 1],
    ]);
    const deferred = ppt.deferItem(state, 'i2', AT);
    if (ppt.isViolation(deferred)) throw new Error('refused');
    expect(deferred.state.items.find((i) => i.id === 'i2')?.status).toBe('deferred');
    expect(deferred.carried).toMatchObject({ status: 'queued', carriedFrom: '2026-04-01', presenterId: 'b' });

    const nextOccurrence = {
      ...occurrence,
      date: '2026-04-08',
      roomId: RoomId.parse('ppt-keskusta-20260408'),
    };
    let next = ppt.initialState(nextOccurrence, []);
    next = ok(ppt.declareCases(next, { userId: u('c') }, { caseCount: 1, topics: [] }, AT, () => 'n1'));
    next = ok(ppt.receiveCarried(next, deferred.carried, () => 'n2'));
    expect(order(next)).toEqual(['b:n2', 'c:n1']);
    // Carried items stay first when more cases are declared.
    next = ok(ppt.declareCases(next, { userId: u('d') }, { caseCount: 1, topics: [] }, AT, () => 'n3'));
    expect(order(next)).toEqual(['b:n2', 'c:n1', 'd:n3']);
  });

  it('[D3] deferToNext changes both states together, or neither', () => {
    const state = declared([
      ['a', 1],
      ['b', 1],
    ]);
    const nextOccurrence = {
      ...occurrence,
      date: '2026-04-08',
      roomId: RoomId.parse('ppt-keskusta-20260408'),
    };
    const next = ppt.initialState(nextOccurrence, []);
    const moved = ppt.deferToNext(state, next, 'i2', AT, () => 'n1');
    if (ppt.isViolation(moved)) throw new Error('refused');
    expect(moved.here.state.items.find((i) => i.id === 'i2')?.status).toBe('deferred');
    expect(moved.here.state.version).toBe(state.version + 1);
    expect(moved.here).not.toHaveProperty('carried');
    expect(moved.there.state.items).toEqual([
      expect.objectContaining({ id: 'n1', presenterId: 'b', status: 'queued', carriedFrom: '2026-04-01' }),
    ]);
    expect(moved.there.state.version).toBe(1);

    // Deferring it again finds it deferred already: nothing is carried twice.
    expect(ppt.deferToNext(moved.here.state, moved.there.state, 'i2', AT, () => 'n2')).toEqual({
      violation: 'ITEM_NOT_QUEUED',
    });
    // The next session has ended: the item stays queued here.
    const ended = ppt.endSession(next, AT);
    if (ppt.isViolation(ended)) throw new Error('refused');
    expect(ppt.deferToNext(state, ended.state, 'i2', AT, () => 'n3')).toEqual({ violation: 'SESSION_ENDED' });
  });

  it('[D5] a cancelled occurrence hands every queued item on to the next held one, keeping where it came from', () => {
    let cancelled = declared([
      ['a', 2],
      ['b', 1],
    ]);
    cancelled = ok(
      ppt.receiveCarried(
        cancelled,
        {
          kind: 'case',
          presenterId: u('d'),
          title: '',
          question: '',
          status: 'queued',
          carriedFrom: '2026-03-25',
        },
        () => 'c1',
      ),
    );
    cancelled = ok(ppt.withdrawItem(cancelled, 'i2', AT));
    const nextOccurrence = {
      ...occurrence,
      date: '2026-04-08',
      roomId: RoomId.parse('ppt-keskusta-20260408'),
    };
    const next = ok(
      ppt.declareCases(
        ppt.initialState(nextOccurrence, []),
        { userId: u('c') },
        { caseCount: 1, topics: [] },
        AT,
        () => 'n1',
      ),
    );
    let n = 1;
    const moved = ppt.carryQueuedOnward(cancelled, next, AT, () => `n${String((n += 1))}`);
    if (!moved) throw new Error('nothing moved');
    expect(moved.here.state.items.map((i) => `${i.id}:${i.status}`).sort()).toEqual([
      'c1:deferred',
      'i1:deferred',
      'i2:withdrawn',
      'i3:deferred',
    ]);
    expect(moved.here.state.version).toBe(cancelled.version + 1);
    expect(moved.there.state.version).toBe(next.version + 1);
    expect(order(moved.there.state)).toEqual(['d:n2', 'a:n3', 'b:n4', 'c:n1']);
    expect(moved.there.state.items.map((i) => i.carriedFrom)).toEqual([
      '2026-03-25',
      '2026-04-01',
      '2026-04-01',
      undefined,
    ]);
    // Once moved, there is nothing left to move: a repeated update carries nothing twice.
    expect(ppt.carryQueuedOnward(moved.here.state, moved.there.state, AT, () => 'x')).toBeUndefined();
  });

  it('[D4] a moved occurrence re-times its open session; an ended one keeps its times', () => {
    const state = declared([['a', 1]]);
    const moved = {
      ...occurrence,
      startsAt: '2026-04-02T09:00:00.000+03:00',
      endsAt: '2026-04-02T10:00:00.000+03:00',
      isMoved: true,
    };
    const change = ppt.rescheduleSession(state, moved);
    expect(change.state).toMatchObject({ startsAt: moved.startsAt, endsAt: moved.endsAt });
    expect(change.state.version).toBe(state.version + 1);
    expect(change.changes).toEqual({ startsAt: moved.startsAt, endsAt: moved.endsAt });
    expect(ppt.rescheduleSession(change.state, moved).state).toBe(change.state);
    const ended = ppt.endSession(state, AT);
    if (ppt.isViolation(ended)) throw new Error('refused');
    expect(ppt.rescheduleSession(ended.state, moved).state).toBe(ended.state);
  });

  it('[D2] withdraw takes an item off; an ended session refuses everything', () => {
    let state = declared([['a', 2]]);
    state = ok(ppt.withdrawItem(state, 'i1', AT));
    expect(order(state)).toEqual(['a:i2']);
    expect(ppt.withdrawItem(state, 'nope', AT)).toEqual({ violation: 'ITEM_NOT_FOUND' });
    const ended = ppt.endSession(state, AT);
    if (ppt.isViolation(ended)) throw new Error('refused');
    expect(ppt.raiseHand(ended.state, u('a'), AT)).toEqual({ violation: 'SESSION_ENDED' });
  });
});

describe('raised hands', () => {
  it('[H1] hands keep the order of raising; raising twice is idempotent', () => {
    let state = declared([]);
    state = ok(ppt.raiseHand(state, u('b'), new Date('2026-04-01T10:00:01Z')));
    state = ok(ppt.raiseHand(state, u('a'), new Date('2026-04-01T10:00:02Z')));
    const again = ppt.raiseHand(state, u('b'), new Date('2026-04-01T10:00:03Z'));
    expect(ppt.isViolation(again) ? undefined : again.state.version).toBe(state.version);
    expect(state.hands.map((h) => h.userId)).toEqual(['b', 'a']);
    state = ok(ppt.giveFloor(state, u('b')));
    expect(state.floorUserId).toBe('b');
    expect(state.hands.map((h) => h.userId)).toEqual(['a']);
    state = ok(ppt.lowerHand(state, u('a')));
    expect(state.hands).toEqual([]);
    state = ok(ppt.raiseHand(state, u('c'), AT));
    state = ok(ppt.clearHands(state));
    expect(state.hands).toEqual([]);
    expect(state.floorUserId).toBeUndefined();
  });
});

describe('chair handover', () => {
  const roles = { chairId: u('chair'), deputyChairId: u('deputy'), assignedChairId: u('named') };
  it.each([
    ['chair online', ['chair', 'deputy'], 'chair'],
    ['only the deputy online', ['deputy', 'x'], 'deputy'],
    ['neither: whom the organiser named', ['x'], 'named'],
  ])('[C1] %s', (_name, online, expected) => {
    expect(actingChairOf(roles, new Set(online.map(u)))).toBe(expected);
  });

  it('[C2] nobody named and nobody online: no acting chair', () => {
    expect(actingChairOf({ chairId: u('chair') }, new Set())).toBeUndefined();
  });

  it('[C3] recordPresence sets the acting chair and accumulates attendance', () => {
    let state = declared([]);
    state = ok(
      ppt.recordPresence(state, {
        actingChairId: u('deputy'),
        present: [{ userId: u('deputy'), serviceId: 'kela' as never }],
      }),
    );
    state = ok(ppt.recordPresence(state, { actingChairId: undefined, present: [{ userId: u('x') }] }));
    expect(state.actingChairId).toBeUndefined();
    expect(state.attendeeIds).toEqual(['deputy', 'x']);
    expect(state.presentServices).toEqual(['kela']);
  });
});
