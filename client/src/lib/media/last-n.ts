import type { UserId } from '@konsiili/shared';

/** One remote video (camera or screen) that could be received. */
export interface VideoCandidate {
  producerId: string;
  userId: UserId;
  source: 'camera' | 'screen';
}

export interface LastNInput {
  candidates: readonly VideoCandidate[];
  /** At most this many videos are received; the rest are paused on the server (no bandwidth). */
  limit: number;
  /** The presenter of the current PPT case: always received. */
  presenterId?: UserId | undefined;
  activeSpeakerId?: UserId | null | undefined;
  /** Most recent speaker first. */
  recentSpeakers?: readonly UserId[];
}

/**
 * Which remote videos to receive in a large room ("last-N"): screen shares first, then the presenter,
 * the active speaker and the most recent speakers, then the rest in a stable order. Returns producer ids.
 */
export function selectLastN(input: LastNInput): Set<string> {
  const { candidates, limit } = input;
  const recent = input.recentSpeakers ?? [];
  const rank = (c: VideoCandidate): number => {
    if (c.source === 'screen') return 0;
    if (c.userId === input.presenterId) return 1;
    if (c.userId === input.activeSpeakerId) return 2;
    const index = recent.indexOf(c.userId);
    return index === -1 ? 3 + recent.length : 3 + index;
  };
  const ordered = candidates
    .map((c, index) => ({ c, index, rank: rank(c) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  return new Set(ordered.slice(0, Math.max(0, limit)).map((o) => o.c.producerId));
}

/** Puts the newest speaker at the front, keeping at most `max` names. */
export function rememberSpeaker(recent: readonly UserId[], userId: UserId | null, max = 20): UserId[] {
  if (userId === null) return [...recent];
  return [userId, ...recent.filter((u) => u !== userId)].slice(0, max);
}
