/**
 * The time box of an item when it starts: what is left of the meeting divided evenly among the items
 * still to be handled (the one starting included), so that everyone gets a turn within the hour.
 */
export function itemBudgetMs(endsAt: string, now: Date, remainingItems: number): number {
  const remaining = Math.max(0, Date.parse(endsAt) - now.getTime());
  return Math.floor(remaining / Math.max(1, remainingItems));
}
