import type { UserId } from '@konsiili/shared';
import { describe, expect, it } from 'vitest';
import {
  callReducer,
  initialCallState,
  type CallAction,
  type CallState,
  type RemoteProducer,
} from './call-state.ts';
import { tilesOf } from './tiles.ts';

const u = (id: string) => id as UserId;
const track = {} as MediaStreamTrack;
const producer = (
  id: string,
  user: string,
  source: RemoteProducer['source'],
  isPaused = false,
): RemoteProducer => ({
  producerId: id,
  userId: u(user),
  kind: source === 'mic' ? 'audio' : 'video',
  source,
  isPaused,
});

const run = (actions: CallAction[], from: CallState = initialCallState) => actions.reduce(callReducer, from);

describe('callReducer', () => {
  it('starts a join from the server snapshot, dropping old receptions', () => {
    const before = run([
      {
        type: 'joined',
        producers: [producer('p1', 'a', 'camera')],
        isUnmuteLocked: false,
        activeSpeakerId: null,
      },
      { type: 'reception-added', producerId: 'p1', consumerId: 'c1', track },
    ]);
    expect(before.receptions.p1?.consumerId).toBe('c1');
    const after = callReducer(before, {
      type: 'joined',
      producers: [producer('p2', 'b', 'mic')],
      isUnmuteLocked: true,
      activeSpeakerId: u('b'),
    });
    expect(Object.keys(after.producers)).toEqual(['p2']);
    expect(after.receptions).toEqual({});
    expect(after.isUnmuteLocked).toBe(true);
    expect(after.recentSpeakers).toEqual(['b']);
  });

  it('tracks remote pause/resume and closing', () => {
    const s = run([
      {
        type: 'joined',
        producers: [producer('p1', 'a', 'mic')],
        isUnmuteLocked: false,
        activeSpeakerId: null,
      },
      { type: 'reception-added', producerId: 'p1', consumerId: 'c1', track },
      { type: 'producer-paused', producerId: 'p1', byModerator: true },
    ]);
    expect(s.producers.p1?.isPaused).toBe(true);
    const resumed = callReducer(s, { type: 'producer-resumed', producerId: 'p1' });
    expect(resumed.producers.p1?.isPaused).toBe(false);
    const closed = callReducer(resumed, { type: 'producer-closed', producerId: 'p1' });
    expect(closed.producers).toEqual({});
    expect(closed.receptions).toEqual({});
  });

  it('applies a moderator pause of my own producer to my local state', () => {
    const s = run([
      { type: 'joined', producers: [], isUnmuteLocked: false, activeSpeakerId: null },
      { type: 'local-track', source: 'mic', track, isPaused: false },
      { type: 'local-produced', source: 'mic', producerId: 'mine', isPaused: false },
      { type: 'producer-paused', producerId: 'mine', byModerator: true },
    ]);
    expect(s.local.mic).toEqual({ track, producerId: 'mine', isPaused: true, isPausedByModerator: true });
    const rejoined = callReducer(s, {
      type: 'joined',
      producers: [],
      isUnmuteLocked: false,
      activeSpeakerId: null,
    });
    expect(rejoined.local.mic).toEqual({
      track,
      producerId: undefined,
      isPaused: true,
      isPausedByModerator: true,
    });
  });

  it('ignores receptions for unknown producers and scores for unknown consumers', () => {
    const s = run([
      { type: 'reception-added', producerId: 'ghost', consumerId: 'c', track },
      { type: 'consumer-score', consumerId: 'c', score: 2 },
    ]);
    expect(s).toEqual(initialCallState);
  });

  it('records consumer scores and closed consumers', () => {
    const s = run([
      {
        type: 'joined',
        producers: [producer('p1', 'a', 'camera')],
        isUnmuteLocked: false,
        activeSpeakerId: null,
      },
      { type: 'reception-added', producerId: 'p1', consumerId: 'c1', track },
      { type: 'consumer-score', consumerId: 'c1', score: 3 },
    ]);
    expect(s.receptions.p1?.score).toBe(3);
    expect(callReducer(s, { type: 'consumer-closed', consumerId: 'c1' }).receptions).toEqual({});
  });
});

describe('tilesOf', () => {
  const state = run([
    {
      type: 'joined',
      producers: [
        producer('cam-b', 'b', 'camera'),
        producer('mic-b', 'b', 'mic'),
        producer('mic-c', 'c', 'mic', true),
        producer('scr-c', 'c', 'screen'),
      ],
      isUnmuteLocked: false,
      activeSpeakerId: u('b'),
    },
    { type: 'reception-added', producerId: 'cam-b', consumerId: 'c1', track },
    { type: 'consumer-score', consumerId: 'c1', score: 2 },
  ]);

  it('orders screen share, presenter, then the room order, with me included', () => {
    const tiles = tilesOf({
      state,
      myUserId: u('me'),
      people: [u('me'), u('b'), u('c')],
      presenterId: u('c'),
    });
    expect(tiles.map((t) => t.key)).toEqual(['screen:scr-c', 'user:c', 'user:me', 'user:b']);
    expect(tiles.filter((t) => t.isLarge).map((t) => t.key)).toEqual(['screen:scr-c', 'user:c']);
  });

  it('marks the muted, the active speaker and the weak connection', () => {
    const tiles = tilesOf({ state, myUserId: u('me'), people: [u('b'), u('c')] });
    const b = tiles.find((t) => t.key === 'user:b');
    const c = tiles.find((t) => t.key === 'user:c');
    expect(b).toMatchObject({ isMicMuted: false, isActiveSpeaker: true, isWeak: true });
    expect(b?.video?.reception?.consumerId).toBe('c1');
    expect(c).toMatchObject({ isMicMuted: true, isActiveSpeaker: false });
    expect(tiles.map((t) => t.key)).toEqual(['screen:scr-c', 'user:me', 'user:b', 'user:c']);
  });
});
