import type {
  AgendaItem,
  ClientSegment,
  ItemId,
  Occurrence,
  Outcome,
  PptState,
  QueueUpdated,
  ServiceId,
  SessionSummary,
  UserId,
} from '@konsiili/shared';
import { itemBudgetMs } from './budget.ts';
import { placeCarried, placeNewItems } from './queue-order.ts';
import { summarise } from './summary.ts';

/** Rule violations the PPT domain returns as values; the service maps them to error codes. */
export const Violation = {
  SESSION_ENDED: 'SESSION_ENDED',
  ITEM_NOT_FOUND: 'ITEM_NOT_FOUND',
  ITEM_NOT_QUEUED: 'ITEM_NOT_QUEUED',
  ITEM_RUNNING: 'ITEM_RUNNING',
  NOTHING_RUNNING: 'NOTHING_RUNNING',
  QUEUE_EMPTY: 'QUEUE_EMPTY',
  ORDER_MISMATCH: 'ORDER_MISMATCH',
} as const;
export type Violation = (typeof Violation)[keyof typeof Violation];

export type PptChanges = QueueUpdated['changes'];

export interface PptChange {
  state: PptState;
  changes: PptChanges;
  /** Optional top-level fields that the change removed (JSON cannot carry `undefined`). */
  cleared: (keyof PptChanges)[];
}
export type PptResult = PptChange | { violation: Violation };

export interface Presenter {
  userId: UserId;
  serviceId?: ServiceId | undefined;
}

/** Makes item ids; passed in so that the domain stays deterministic under test. */
export type NewId = () => string;

const FIELDS = [
  'phase',
  'startsAt',
  'endsAt',
  'requiredServices',
  'declarations',
  'items',
  'currentItemId',
  'hands',
  'floorUserId',
  'actingChairId',
  'endedAt',
  'isManuallyOrdered',
  'assignedChairId',
  'attendeeIds',
  'presentServices',
] as const satisfies readonly (keyof PptChanges)[];

/** Compares top-level fields; the version grows by one only when something changed. */
export function changeOf(before: PptState, after: PptState): PptChange {
  const changes: Record<string, unknown> = {};
  const cleared: (keyof PptChanges)[] = [];
  for (const key of FIELDS) {
    // A field a change left alone is still the same object; only the others need comparing by value.
    if (before[key] === after[key] || JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    if (after[key] === undefined) cleared.push(key);
    else changes[key] = after[key];
  }
  const isChanged = Object.keys(changes).length > 0 || cleared.length > 0;
  return {
    state: isChanged ? { ...after, version: before.version + 1 } : before,
    changes: changes,
    cleared,
  };
}

/** Whether a domain function refused (any of its results: a PptResult, a deferral, a hand-over). */
export function isViolation(result: object): result is { violation: Violation } {
  return 'violation' in result;
}

function refuse(violation: Violation): { violation: Violation } {
  return { violation };
}

/** Removes an optional field (as undefined; JSON and the store drop it, changeOf reports it cleared). */
function without(state: PptState, key: 'currentItemId' | 'floorUserId' | 'actingChairId'): PptState {
  return { ...state, [key]: undefined };
}

function isOpen(state: PptState): boolean {
  return state.phase !== 'ended';
}

function presenterOrder(state: PptState): UserId[] {
  return state.declarations.map((d) => d.userId);
}

function updateItem(state: PptState, itemId: ItemId, update: (item: AgendaItem) => AgendaItem): PptState {
  return { ...state, items: state.items.map((i) => (i.id === itemId ? update(i) : i)) };
}

/** A fresh occurrence: opening round, nothing declared. Version 0 means "not stored yet". */
export function initialState(occurrence: Occurrence, requiredServices: readonly ServiceId[]): PptState {
  return {
    roomId: occurrence.roomId,
    seriesId: occurrence.seriesId,
    date: occurrence.date,
    version: 0,
    phase: 'opening',
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    requiredServices: [...requiredServices],
    declarations: [],
    items: [],
    hands: [],
  };
}

/** My own declared cases (carried-over ones excluded), not counting those I withdrew. */
function ownDeclared(state: PptState, userId: UserId): AgendaItem[] {
  return state.items.filter(
    (i) =>
      i.kind === 'case' &&
      i.presenterId === userId &&
      i.carriedFrom === undefined &&
      i.status !== 'withdrawn',
  );
}

/**
 * Opening round (and later corrections): I bring `caseCount` cases. Adds case items, or removes my last
 * ones that are still waiting; `topics[i]` titles my i-th case while it waits.
 */
export function declareCases(
  state: PptState,
  presenter: Presenter,
  input: { caseCount: number; topics: readonly string[] },
  now: Date,
  newId: NewId,
): PptResult {
  if (!isOpen(state)) return refuse(Violation.SESSION_ENDED);
  const at = now.toISOString();
  const existing = state.declarations.find((d) => d.userId === presenter.userId);
  const declarations = existing
    ? state.declarations.map((d) =>
        d.userId === presenter.userId ? { ...d, caseCount: input.caseCount, declaredAt: at } : d,
      )
    : [...state.declarations, { userId: presenter.userId, caseCount: input.caseCount, declaredAt: at }];

  const own = ownDeclared(state, presenter.userId);
  let items = state.items;
  const surplus = own.length - input.caseCount;
  if (surplus > 0) {
    const removable = own
      .filter((i) => i.status === 'queued')
      .slice(-surplus)
      .map((i) => i.id);
    items = items.filter((i) => !removable.includes(i.id));
  }
  const kept = items.filter((i) => own.some((o) => o.id === i.id));
  const retitled = new Map<ItemId, string>();
  kept.forEach((item, index) => {
    const topic = input.topics[index];
    if (item.status === 'queued' && topic !== undefined && topic !== '') retitled.set(item.id, topic);
  });
  items = items.map((i) => {
    const title = retitled.get(i.id);
    return title === undefined ? i : { ...i, title };
  });
  const added: AgendaItem[] = [];
  for (let index = kept.length; index < input.caseCount; index += 1) {
    added.push({
      id: newId(),
      kind: 'case',
      presenterId: presenter.userId,
      ...(presenter.serviceId ? { presenterServiceId: presenter.serviceId } : {}),
      title: input.topics[index] ?? '',
      question: '',
      status: 'queued',
    });
  }
  const next: PptState = {
    ...state,
    declarations,
    items: placeNewItems(items, added, {
      isManuallyOrdered: state.isManuallyOrdered === true,
      presenterOrder: declarations.map((d) => d.userId),
    }),
  };
  return changeOf(state, next);
}

/** A shared phenomenon: an agenda item without a client, time-boxed like a case. */
export function addPhenomenon(state: PptState, presenter: Presenter, title: string, newId: NewId): PptResult {
  if (!isOpen(state)) return refuse(Violation.SESSION_ENDED);
  const item: AgendaItem = {
    id: newId(),
    kind: 'phenomenon',
    presenterId: presenter.userId,
    ...(presenter.serviceId ? { presenterServiceId: presenter.serviceId } : {}),
    title,
    question: '',
    status: 'queued',
  };
  return changeOf(state, {
    ...state,
    items: placeNewItems(state.items, [item], {
      isManuallyOrdered: state.isManuallyOrdered === true,
      presenterOrder: presenterOrder(state),
    }),
  });
}

/** Fills in the case card. Who may is the policy's call; this only checks the item exists. */
export function editItem(
  state: PptState,
  itemId: ItemId,
  input: { title?: string | undefined; question?: string | undefined; segment?: ClientSegment | undefined },
): PptResult {
  if (!isOpen(state)) return refuse(Violation.SESSION_ENDED);
  if (!state.items.some((i) => i.id === itemId)) return refuse(Violation.ITEM_NOT_FOUND);
  return changeOf(
    state,
    updateItem(state, itemId, (item) => ({
      ...item,
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.question !== undefined ? { question: input.question } : {}),
      ...(input.segment !== undefined ? { segment: input.segment } : {}),
    })),
  );
}

/** The chair's own order of the waiting items; from now on new items go to the end. */
export function reorderQueue(state: PptState, itemIds: readonly ItemId[]): PptResult {
  if (!isOpen(state)) return refuse(Violation.SESSION_ENDED);
  const queued = state.items.filter((i) => i.status === 'queued');
  const isSameSet =
    itemIds.length === queued.length &&
    new Set(itemIds).size === itemIds.length &&
    queued.every((i) => itemIds.includes(i.id));
  if (!isSameSet) return refuse(Violation.ORDER_MISMATCH);
  const ordered = itemIds.map((id) => queued.find((i) => i.id === id)).filter((i) => i !== undefined);
  return changeOf(state, {
    ...state,
    items: [...state.items.filter((i) => i.status !== 'queued'), ...ordered],
    isManuallyOrdered: true,
  });
}

/** Starts the given waiting item (or the first); its budget is the remaining time shared evenly. */
export function startItem(state: PptState, itemId: ItemId | undefined, now: Date): PptResult {
  if (!isOpen(state)) return refuse(Violation.SESSION_ENDED);
  if (state.items.some((i) => i.status === 'running')) return refuse(Violation.ITEM_RUNNING);
  const queued = state.items.filter((i) => i.status === 'queued');
  const item = itemId === undefined ? queued[0] : state.items.find((i) => i.id === itemId);
  if (!item) return refuse(itemId === undefined ? Violation.QUEUE_EMPTY : Violation.ITEM_NOT_FOUND);
  if (item.status !== 'queued') return refuse(Violation.ITEM_NOT_QUEUED);
  const budgetMs = itemBudgetMs(state.endsAt, now, queued.length);
  return changeOf(state, {
    ...updateItem(state, item.id, (i) => ({
      ...i,
      status: 'running',
      startedAt: now.toISOString(),
      budgetMs,
    })),
    phase: 'running',
    currentItemId: item.id,
  });
}

export function extendItem(state: PptState, minutes: number): PptResult {
  if (!isOpen(state)) return refuse(Violation.SESSION_ENDED);
  const running = state.items.find((i) => i.status === 'running');
  if (!running) return refuse(Violation.NOTHING_RUNNING);
  return changeOf(
    state,
    updateItem(state, running.id, (i) => ({ ...i, budgetMs: (i.budgetMs ?? 0) + minutes * 60_000 })),
  );
}

export function finishItem(state: PptState, outcome: Outcome | undefined, now: Date): PptResult {
  if (!isOpen(state)) return refuse(Violation.SESSION_ENDED);
  const running = state.items.find((i) => i.status === 'running');
  if (!running) return refuse(Violation.NOTHING_RUNNING);
  const finished = updateItem(state, running.id, (i) => ({
    ...i,
    status: 'done',
    finishedAt: now.toISOString(),
    ...(outcome ? { outcome } : {}),
  }));
  return changeOf(state, without(finished, 'currentItemId'));
}

/** Takes a waiting (or running) item off the agenda. */
export function withdrawItem(state: PptState, itemId: ItemId, now: Date): PptResult {
  if (!isOpen(state)) return refuse(Violation.SESSION_ENDED);
  const item = state.items.find((i) => i.id === itemId);
  if (!item) return refuse(Violation.ITEM_NOT_FOUND);
  if (item.status !== 'queued' && item.status !== 'running') return refuse(Violation.ITEM_NOT_QUEUED);
  const next = updateItem(state, itemId, (i) => ({
    ...i,
    status: 'withdrawn',
    ...(i.status === 'running' ? { finishedAt: now.toISOString() } : {}),
  }));
  return changeOf(state, item.status === 'running' ? without(next, 'currentItemId') : next);
}

/**
 * Moves an item to the next occurrence: here it becomes 'deferred'; `carried` is the copy (without an id
 * yet) that receiveCarried() puts into the next occurrence's state.
 */
export function deferItem(
  state: PptState,
  itemId: ItemId,
  now: Date,
): (PptChange & { carried: Omit<AgendaItem, 'id'> }) | { violation: Violation } {
  if (!isOpen(state)) return refuse(Violation.SESSION_ENDED);
  const item = state.items.find((i) => i.id === itemId);
  if (!item) return refuse(Violation.ITEM_NOT_FOUND);
  if (item.status !== 'queued' && item.status !== 'running') return refuse(Violation.ITEM_NOT_QUEUED);
  const next = updateItem(state, itemId, (i) => ({
    ...i,
    status: 'deferred',
    ...(i.status === 'running' ? { finishedAt: now.toISOString() } : {}),
  }));
  const carried: Omit<AgendaItem, 'id'> = {
    kind: item.kind,
    presenterId: item.presenterId,
    ...(item.presenterServiceId ? { presenterServiceId: item.presenterServiceId } : {}),
    title: item.title,
    question: item.question,
    ...(item.segment ? { segment: item.segment } : {}),
    status: 'queued',
    carriedFrom: state.date,
  };
  return { ...changeOf(state, item.status === 'running' ? without(next, 'currentItemId') : next), carried };
}

/** The next occurrence receives a deferred item; carried-over items are handled first. */
export function receiveCarried(state: PptState, carried: Omit<AgendaItem, 'id'>, newId: NewId): PptResult {
  if (!isOpen(state)) return refuse(Violation.SESSION_ENDED);
  return changeOf(state, {
    ...state,
    items: placeCarried(state.items, { ...carried, id: newId() }),
  });
}

/**
 * Defers an item into the next occurrence as one decision over both states: both change, or the first
 * violation (here, then there) refuses the whole move, so a case is never marked deferred without a copy
 * waiting in the next occurrence. The caller stores the two states together.
 */
export function deferToNext(
  here: PptState,
  there: PptState,
  itemId: ItemId,
  now: Date,
  newId: NewId,
): { here: PptChange; there: PptChange } | { violation: Violation } {
  const deferred = deferItem(here, itemId, now);
  if (isViolation(deferred)) return deferred;
  const received = receiveCarried(there, deferred.carried, newId);
  if (isViolation(received)) return received;
  const { carried: _carried, ...change } = deferred;
  return { here: change, there: received };
}

/**
 * The organiser cancelled this occurrence: every item still queued in it (cases declared ahead, items
 * carried into it) moves on to `there`, the next held occurrence, as a deferral would, so nothing waits in
 * a meeting that will not take place. An item keeps the date it was first carried from. Resolves undefined
 * when there is nothing to move; the caller stores both states together.
 */
export function carryQueuedOnward(
  here: PptState,
  there: PptState,
  now: Date,
  newId: NewId,
): { here: PptChange; there: PptChange } | undefined {
  const queued = here.items.filter((i) => i.status === 'queued');
  if (queued.length === 0 || !isOpen(here) || !isOpen(there)) return undefined;
  let left = here;
  let next = there;
  for (const item of queued) {
    const deferred = deferItem(left, item.id, now);
    if (isViolation(deferred)) continue;
    const carried = item.carriedFrom
      ? { ...deferred.carried, carriedFrom: item.carriedFrom }
      : deferred.carried;
    const received = receiveCarried(next, carried, newId);
    if (isViolation(received)) continue;
    left = deferred.state;
    next = received.state;
  }
  // changeOf counts the whole move as one change of each state: one version step, one announcement.
  return { here: changeOf(here, left), there: changeOf(there, next) };
}

/**
 * The organiser moved the occurrence: the session takes the new times (item budgets are reckoned from
 * `endsAt`). A session that has ended keeps the times it was held at.
 */
export function rescheduleSession(state: PptState, occurrence: Occurrence): PptChange {
  if (!isOpen(state)) return changeOf(state, state);
  return changeOf(state, { ...state, startsAt: occurrence.startsAt, endsAt: occurrence.endsAt });
}

/** Appends my hand to the speaker list; raising it again changes nothing. */
export function raiseHand(state: PptState, userId: UserId, now: Date): PptResult {
  if (!isOpen(state)) return refuse(Violation.SESSION_ENDED);
  if (state.hands.some((h) => h.userId === userId)) return changeOf(state, state);
  return changeOf(state, { ...state, hands: [...state.hands, { userId, raisedAt: now.toISOString() }] });
}

export function lowerHand(state: PptState, userId: UserId): PptResult {
  if (!isOpen(state)) return refuse(Violation.SESSION_ENDED);
  return changeOf(state, { ...state, hands: state.hands.filter((h) => h.userId !== userId) });
}

/** The chair gives the floor to someone; their hand comes down. */
export function giveFloor(state: PptState, userId: UserId): PptResult {
  if (!isOpen(state)) return refuse(Violation.SESSION_ENDED);
  return changeOf(state, {
    ...state,
    floorUserId: userId,
    hands: state.hands.filter((h) => h.userId !== userId),
  });
}

export function clearHands(state: PptState): PptResult {
  if (!isOpen(state)) return refuse(Violation.SESSION_ENDED);
  return changeOf(state, without({ ...state, hands: [] }, 'floorUserId'));
}

/** The organiser names who chairs when neither chair nor deputy is there. */
export function assignChair(state: PptState, userId: UserId): PptResult {
  if (!isOpen(state)) return refuse(Violation.SESSION_ENDED);
  return changeOf(state, { ...state, assignedChairId: userId });
}

/**
 * Presence changed: who acts as chair now, and who (and which services) attended. Attendance only grows,
 * so the summary counts everyone who was there at some point.
 */
export function recordPresence(
  state: PptState,
  input: { actingChairId: UserId | undefined; present: readonly Presenter[] },
): PptResult {
  if (!isOpen(state)) return changeOf(state, state);
  const attendeeIds = [...(state.attendeeIds ?? [])];
  const presentServices = [...(state.presentServices ?? [])];
  for (const p of input.present) {
    if (!attendeeIds.includes(p.userId)) attendeeIds.push(p.userId);
    if (p.serviceId !== undefined && !presentServices.includes(p.serviceId))
      presentServices.push(p.serviceId);
  }
  const next: PptState = { ...state, attendeeIds, presentServices };
  return changeOf(
    state,
    input.actingChairId === undefined
      ? without(next, 'actingChairId')
      : { ...next, actingChairId: input.actingChairId },
  );
}

/** Ends the session: a running item counts as handled, and the summary is filed. */
export function endSession(
  state: PptState,
  now: Date,
): (PptChange & { summary: SessionSummary }) | { violation: Violation } {
  if (!isOpen(state)) return refuse(Violation.SESSION_ENDED);
  const at = now.toISOString();
  const items = state.items.map((i) =>
    i.status === 'running' ? { ...i, status: 'done' as const, finishedAt: at } : i,
  );
  const ended = without({ ...state, items, phase: 'ended' as const, endedAt: at }, 'currentItemId');
  const change = changeOf(state, ended);
  return { ...change, summary: summarise(change.state, at) };
}
