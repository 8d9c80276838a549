import type { LobbyEntry } from '@konsiili/shared';

/** Who started waiting between two versions of the list (announced to the moderators). */
export function newArrivals(
  previous: readonly LobbyEntry[] | undefined,
  next: readonly LobbyEntry[],
): LobbyEntry[] {
  // The first list a moderator sees is not news: they see it on screen.
  if (previous === undefined) return [];
  const known = new Set(previous.map((e) => e.userId));
  return next.filter((e) => !known.has(e.userId));
}

/** Oldest first: whoever has waited longest is at the top. */
export function byArrival(entries: readonly LobbyEntry[]): LobbyEntry[] {
  return [...entries].sort((a, b) => Date.parse(a.since) - Date.parse(b.since));
}
