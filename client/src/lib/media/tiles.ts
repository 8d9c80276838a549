import type { UserId } from '@konsiili/shared';
import type { CallState, RemoteProducer, Reception } from './call-state.ts';
import { WEAK_SCORE } from './call-state.ts';

/** One participant (or one screen share) on the grid. */
export interface Tile {
  key: string;
  userId: UserId;
  isScreen: boolean;
  isMe: boolean;
  video?: { producerId: string; reception?: Reception | undefined; isPaused: boolean } | undefined;
  audio?: { producerId: string; reception?: Reception | undefined; isPaused: boolean } | undefined;
  isMicMuted: boolean;
  isActiveSpeaker: boolean;
  isPresenter: boolean;
  isWeak: boolean;
  /** Shown large: a screen share, or the presenter of the current PPT case. */
  isLarge: boolean;
}

export interface TileInput {
  state: CallState;
  myUserId: UserId;
  /** Everyone present in the room, in the room's order; people without media still get a tile. */
  people: readonly UserId[];
  presenterId?: UserId | undefined;
}

function find(producers: readonly RemoteProducer[], userId: UserId, source: RemoteProducer['source']) {
  return producers.find((p) => p.userId === userId && p.source === source);
}

/**
 * The grid: screen shares first, then the presenter, then everyone else in the room's order (the
 * active speaker only gets an outline, so tiles do not jump around while people talk).
 */
export function tilesOf({ state, myUserId, people, presenterId }: TileInput): Tile[] {
  const producers = Object.values(state.producers);
  const ids = [...people];
  for (const p of producers) if (!ids.includes(p.userId)) ids.push(p.userId);
  if (!ids.includes(myUserId)) ids.unshift(myUserId);

  const track = (p: RemoteProducer | undefined) =>
    p
      ? { producerId: p.producerId, reception: state.receptions[p.producerId], isPaused: p.isPaused }
      : undefined;
  const isWeak = (...ps: (RemoteProducer | undefined)[]) =>
    ps.some((p) => p !== undefined && (state.receptions[p.producerId]?.score ?? 10) < WEAK_SCORE);

  const screens: Tile[] = producers
    .filter((p) => p.source === 'screen')
    .map((p) => ({
      key: `screen:${p.producerId}`,
      userId: p.userId,
      isScreen: true,
      isMe: p.userId === myUserId,
      video: track(p),
      isMicMuted: false,
      isActiveSpeaker: false,
      isPresenter: p.userId === presenterId,
      isWeak: isWeak(p),
      isLarge: true,
    }));

  const people_: Tile[] = ids.map((userId) => {
    const isMe = userId === myUserId;
    const camera = isMe ? undefined : find(producers, userId, 'camera');
    const mic = isMe ? undefined : find(producers, userId, 'mic');
    const isMicMuted = isMe ? state.local.mic.isPaused : !mic || mic.isPaused;
    return {
      key: `user:${userId}`,
      userId,
      isScreen: false,
      isMe,
      video: track(camera),
      audio: track(mic),
      isMicMuted,
      isActiveSpeaker: state.activeSpeakerId === userId && !isMicMuted,
      isPresenter: userId === presenterId,
      isWeak: isWeak(camera, mic),
      isLarge: userId === presenterId,
    };
  });
  const presenter = people_.filter((t) => t.isPresenter);
  const rest = people_.filter((t) => !t.isPresenter);
  return [...screens, ...presenter, ...rest];
}
