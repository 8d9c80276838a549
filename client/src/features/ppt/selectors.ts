import type {
  AgendaItem,
  PptState,
  PresentMember,
  RoomMember,
  Service,
  ServiceId,
  UserId,
} from '@konsiili/shared';

/** The last fifth of an item's budget is shown amber; past the budget it is red. */
export const AMBER_FRACTION = 0.2;
/** The plan says the agenda fits while every waiting item still gets at least this long. */
export const MIN_SLOT_MS = 5 * 60_000;

export type TimerTone = 'calm' | 'amber' | 'red';

export interface ItemTimer {
  budgetMs: number;
  elapsedMs: number;
  /** Negative once over time. */
  remainingMs: number;
  isOverrun: boolean;
  tone: TimerTone;
  /** 0…1 of the budget used, capped at 1 for the bar. */
  usedFraction: number;
}

/** How far the running item is into its budget, at server time `now`. */
export function itemTimer(item: AgendaItem, now: number): ItemTimer | undefined {
  if (item.startedAt === undefined || item.budgetMs === undefined) return undefined;
  const end = item.finishedAt === undefined ? now : Date.parse(item.finishedAt);
  const elapsedMs = Math.max(0, end - Date.parse(item.startedAt));
  const budgetMs = item.budgetMs;
  const remainingMs = budgetMs - elapsedMs;
  const isOverrun = remainingMs < 0;
  let tone: TimerTone = 'calm';
  if (isOverrun) tone = 'red';
  else if (remainingMs <= budgetMs * AMBER_FRACTION) tone = 'amber';
  return {
    budgetMs,
    elapsedMs,
    remainingMs,
    isOverrun,
    tone,
    usedFraction: budgetMs === 0 ? 1 : Math.min(1, elapsedMs / budgetMs),
  };
}

/** "12:30" (m:ss) or "1:02:05" past an hour; the sign is left to the caller's words. */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** Whole minutes, rounded up while time is left (so "1 min" shows until the very end). */
export function wholeMinutes(ms: number): number {
  return Math.max(0, Math.ceil(ms / 60_000));
}

export function currentItem(state: PptState): AgendaItem | undefined {
  return state.currentItemId === undefined
    ? undefined
    : state.items.find((i) => i.id === state.currentItemId);
}

export function waitingItems(state: PptState): AgendaItem[] {
  return state.items.filter((i) => i.status === 'queued');
}

export interface PlanLine {
  waitingCount: number;
  sessionRemainingMs: number;
  /** The time each waiting item would get, after the running one uses up its budget. */
  perItemMs: number;
  fits: boolean;
}

/** Whether the waiting items still fit in what is left of the meeting. */
export function planLine(state: PptState, now: number): PlanLine {
  const sessionRemainingMs = Math.max(0, Date.parse(state.endsAt) - now);
  const running = currentItem(state);
  const runningTimer = running ? itemTimer(running, now) : undefined;
  const runningNeedsMs = runningTimer ? Math.max(0, runningTimer.remainingMs) : 0;
  const waitingCount = waitingItems(state).length;
  const available = Math.max(0, sessionRemainingMs - runningNeedsMs);
  const perItemMs = waitingCount === 0 ? available : Math.floor(available / waitingCount);
  const fits = waitingCount === 0 ? sessionRemainingMs > 0 || !running : perItemMs >= MIN_SLOT_MS;
  return { waitingCount, sessionRemainingMs, perItemMs, fits };
}

export interface DeclarationTotals {
  cases: number;
  presenters: number;
  declared: number;
}

/** Opening-round totals: cases announced, how many people bring at least one, how many answered. */
export function declarationTotals(state: PptState): DeclarationTotals {
  let cases = 0;
  let presenters = 0;
  for (const d of state.declarations) {
    cases += d.caseCount;
    if (d.caseCount > 0) presenters += 1;
  }
  return { cases, presenters, declared: state.declarations.length };
}

/** What I said in the opening round; undefined until I have answered. */
export function myDeclaredCount(state: PptState, userId: UserId): number | undefined {
  return state.declarations.find((d) => d.userId === userId)?.caseCount;
}

/** My own waiting cases, in agenda order (their topics prefill the declare form). */
export function myWaitingCases(state: PptState, userId: UserId): AgendaItem[] {
  return state.items.filter(
    (i) => i.kind === 'case' && i.presenterId === userId && i.status === 'queued' && !i.carriedFrom,
  );
}

export interface Speaker {
  position: number;
  userId: UserId;
  raisedAt: string;
}

/** The speaker list, numbered from 1 in the order hands went up. */
export function speakerList(state: PptState): Speaker[] {
  return [...state.hands]
    .map((hand, index) => ({ hand, index }))
    .sort((a, b) => Date.parse(a.hand.raisedAt) - Date.parse(b.hand.raisedAt) || a.index - b.index)
    .map(({ hand }, index) => ({ position: index + 1, userId: hand.userId, raisedAt: hand.raisedAt }));
}

export function hasRaisedHand(state: PptState, userId: UserId): boolean {
  return state.hands.some((h) => h.userId === userId);
}

/** The chair, the deputy, and whoever acts as chair right now run the queue. */
export function canChair(state: PptState, me: Pick<RoomMember, 'userId' | 'role'>): boolean {
  return me.role === 'chair' || me.role === 'deputy_chair' || state.actingChairId === me.userId;
}

export interface Coverage {
  serviceId: ServiceId;
  isPresent: boolean;
}

/** One chip per required service: is somebody representing it online? */
export function coverage(
  requiredServices: readonly ServiceId[],
  members: readonly Pick<PresentMember, 'serviceId' | 'isOnline'>[],
): Coverage[] {
  const present = new Set(members.filter((m) => m.isOnline).map((m) => m.serviceId));
  return requiredServices.map((serviceId) => ({ serviceId, isPresent: present.has(serviceId) }));
}

export interface ServiceGroup {
  /** A catalogue service id, or '' for members who named none or one the catalogue lacks. */
  serviceId: ServiceId | '';
  members: PresentMember[];
  onlineCount: number;
  isRequired: boolean;
}

/**
 * The roster grouped by represented service: required services first (in the series' order, even when
 * nobody represents them, so a gap shows), then other catalogue services, then everybody else.
 * Online members come first inside a group, then by name.
 */
export function groupByService(
  members: readonly PresentMember[],
  catalogue: readonly Pick<Service, 'id'>[],
  requiredServices: readonly ServiceId[],
  locale: string,
): ServiceGroup[] {
  const known = new Set<string>(catalogue.map((s) => s.id));
  const order: ServiceId[] = [...requiredServices];
  for (const s of catalogue) if (!order.includes(s.id)) order.push(s.id);
  const sort = (list: PresentMember[]) =>
    [...list].sort(
      (a, b) => Number(b.isOnline) - Number(a.isOnline) || a.displayName.localeCompare(b.displayName, locale),
    );
  const groups: ServiceGroup[] = [];
  for (const serviceId of order) {
    const list = members.filter((m) => m.serviceId === serviceId);
    const isRequired = requiredServices.includes(serviceId);
    if (list.length === 0 && !isRequired) continue;
    const sorted = sort(list);
    groups.push({
      serviceId,
      members: sorted,
      onlineCount: sorted.filter((m) => m.isOnline).length,
      isRequired,
    });
  }
  const rest = members.filter(
    (m) => m.serviceId === undefined || (!known.has(m.serviceId) && !requiredServices.includes(m.serviceId)),
  );
  if (rest.length > 0) {
    const sorted = sort(rest);
    groups.push({
      serviceId: '',
      members: sorted,
      onlineCount: sorted.filter((m) => m.isOnline).length,
      isRequired: false,
    });
  }
  return groups;
}

/** Items as the queue shows them: settled ones keep their place, the running one is marked current. */
export function agenda(state: PptState): { item: AgendaItem; isCurrent: boolean; waitingIndex: number }[] {
  let waiting = -1;
  return state.items.map((item) => {
    if (item.status === 'queued') waiting += 1;
    return {
      item,
      isCurrent: item.id === state.currentItemId,
      waitingIndex: item.status === 'queued' ? waiting : -1,
    };
  });
}

/** The waiting order after moving one waiting item up (-1) or down (+1); undefined at the edges. */
export function movedOrder(
  state: PptState,
  itemId: AgendaItem['id'],
  delta: -1 | 1,
): AgendaItem['id'][] | undefined {
  const ids = waitingItems(state).map((i) => i.id);
  const from = ids.indexOf(itemId);
  const to = from + delta;
  if (from === -1 || to < 0 || to >= ids.length) return undefined;
  const moved = ids[from];
  const other = ids[to];
  if (moved === undefined || other === undefined) return undefined;
  ids[to] = moved;
  ids[from] = other;
  return ids;
}

/** Whether the session is over for this client: ended phase or an ended event. */
export function isEnded(state: PptState | undefined): boolean {
  return state?.phase === 'ended';
}
