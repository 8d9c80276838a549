import type { AgendaItem, UserId } from '@konsiili/shared';

/**
 * The fair order of the agenda: items that already ran (or left the queue) keep their places at the
 * front; then the waiting items: cases carried over from an earlier occurrence first, then one case
 * per presenter in turn (everyone's first case, then everyone's second …), then shared phenomena.
 * Presenters take their turns in `presenterOrder` (the order they declared); anyone else comes after.
 */
export function fairOrder(items: readonly AgendaItem[], presenterOrder: readonly UserId[]): AgendaItem[] {
  const settled = items.filter((i) => i.status !== 'queued');
  const queued = items.filter((i) => i.status === 'queued');
  const carried = queued.filter((i) => i.carriedFrom !== undefined);
  const phenomena = queued.filter((i) => i.carriedFrom === undefined && i.kind === 'phenomenon');
  const cases = queued.filter((i) => i.carriedFrom === undefined && i.kind === 'case');

  const presenters = [...presenterOrder];
  for (const item of cases) if (!presenters.includes(item.presenterId)) presenters.push(item.presenterId);
  const byPresenter = presenters.map((id) => cases.filter((c) => c.presenterId === id));
  const rounds = Math.max(0, ...byPresenter.map((list) => list.length));
  const roundRobin: AgendaItem[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const list of byPresenter) {
      const item = list[round];
      if (item) roundRobin.push(item);
    }
  }
  return [...settled, ...carried, ...roundRobin, ...phenomena];
}

/**
 * Where new items go: into the fair order while the chair has not reordered by hand, else at the end
 * (a manual order is the chair's decision and new arrivals must not shuffle it).
 */
export function placeNewItems(
  items: readonly AgendaItem[],
  added: readonly AgendaItem[],
  options: { isManuallyOrdered: boolean; presenterOrder: readonly UserId[] },
): AgendaItem[] {
  const all = [...items, ...added];
  return options.isManuallyOrdered ? all : fairOrder(all, options.presenterOrder);
}

/** Carried-over items go before every waiting item that was not carried, whatever the order mode. */
export function placeCarried(items: readonly AgendaItem[], carried: AgendaItem): AgendaItem[] {
  const index = items.findIndex((i) => i.status === 'queued' && i.carriedFrom === undefined);
  if (index === -1) return [...items, carried];
  return [...items.slice(0, index), carried, ...items.slice(index)];
}
