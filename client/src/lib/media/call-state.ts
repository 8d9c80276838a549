import type { MediaKind, MediaProducerInfo, MediaSource, UserId } from '@konsiili/shared';
import { rememberSpeaker } from './last-n.ts';

export type { MediaKind, MediaSource };

/** A remote sender as the server announces it. */
export type RemoteProducer = MediaProducerInfo;

/** What this browser receives of a remote producer. */
export interface Reception {
  consumerId: string;
  track: MediaStreamTrack;
  /** 0..10 from the server; below WEAK_SCORE the tile says the connection is weak. */
  score: number;
  /** Paused by us (last-N), not by the sender. */
  isPausedLocally: boolean;
}

export interface LocalSend {
  /** What this browser captures for the source (shown in my own tile); undefined when not sending. */
  track?: MediaStreamTrack | undefined;
  producerId?: string | undefined;
  isPaused: boolean;
  /** The last pause came from a moderator (the UI says so). */
  isPausedByModerator: boolean;
}

export type CallStatus = 'idle' | 'joining' | 'joined' | 'rejoining' | 'unavailable' | 'failed';

export interface CallState {
  status: CallStatus;
  /** An error code (or UNAVAILABLE reason) for the UI to translate while status is unavailable/failed. */
  problem?: string | undefined;
  producers: Readonly<Record<string, RemoteProducer>>;
  receptions: Readonly<Record<string, Reception>>;
  local: Readonly<Record<MediaSource, LocalSend>>;
  activeSpeakerId: UserId | null;
  recentSpeakers: readonly UserId[];
  isUnmuteLocked: boolean;
  /** The last source that could not be sent (the server refused it); cleared when that source sends. */
  sendFailure?: MediaSource | undefined;
}

export const WEAK_SCORE = 5;

const idleSend: LocalSend = { isPaused: true, isPausedByModerator: false };

export const initialCallState: CallState = {
  status: 'idle',
  producers: {},
  receptions: {},
  local: { mic: idleSend, camera: idleSend, screen: idleSend },
  activeSpeakerId: null,
  recentSpeakers: [],
  isUnmuteLocked: false,
};

export type CallAction =
  | { type: 'status'; status: CallStatus; problem?: string | undefined }
  | {
      type: 'joined';
      producers: readonly RemoteProducer[];
      isUnmuteLocked: boolean;
      activeSpeakerId: UserId | null;
    }
  | { type: 'producer-added'; producer: RemoteProducer }
  | { type: 'producer-closed'; producerId: string }
  | { type: 'producer-paused'; producerId: string; byModerator: boolean }
  | { type: 'producer-resumed'; producerId: string }
  | { type: 'reception-added'; producerId: string; consumerId: string; track: MediaStreamTrack }
  | { type: 'reception-paused-locally'; producerId: string; isPaused: boolean }
  | { type: 'consumer-closed'; consumerId: string }
  | { type: 'consumer-score'; consumerId: string; score: number }
  | { type: 'active-speaker'; userId: UserId | null }
  | { type: 'unmute-lock'; isLocked: boolean }
  | { type: 'local-track'; source: MediaSource; track: MediaStreamTrack; isPaused: boolean }
  | { type: 'local-produced'; source: MediaSource; producerId: string; isPaused: boolean }
  | { type: 'local-paused'; source: MediaSource; isPaused: boolean; byModerator?: boolean }
  | { type: 'local-closed'; source: MediaSource }
  | { type: 'send-failed'; source: MediaSource };

function withoutKey<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}

function localSourceOf(state: CallState, producerId: string): MediaSource | undefined {
  return (Object.keys(state.local) as MediaSource[]).find((s) => state.local[s].producerId === producerId);
}

function receptionKeyOf(state: CallState, consumerId: string): string | undefined {
  return Object.keys(state.receptions).find((p) => state.receptions[p]?.consumerId === consumerId);
}

/** The call's model: pure, driven by server events and by what the media client did locally. */
export function callReducer(state: CallState, action: CallAction): CallState {
  switch (action.type) {
    case 'status':
      return { ...state, status: action.status, problem: action.problem };
    case 'joined':
      // A (re-)join starts from the server's truth: earlier receptions belonged to closed transports.
      return {
        ...state,
        status: 'joined',
        problem: undefined,
        producers: Object.fromEntries(action.producers.map((p) => [p.producerId, p])),
        receptions: {},
        // What I capture stays; the producers are new ones (local-produced follows for each).
        local: {
          mic: { ...state.local.mic, producerId: undefined },
          camera: { ...state.local.camera, producerId: undefined },
          screen: { ...state.local.screen, producerId: undefined },
        },
        isUnmuteLocked: action.isUnmuteLocked,
        activeSpeakerId: action.activeSpeakerId,
        recentSpeakers: rememberSpeaker(state.recentSpeakers, action.activeSpeakerId),
      };
    case 'producer-added':
      return { ...state, producers: { ...state.producers, [action.producer.producerId]: action.producer } };
    case 'producer-closed':
      return {
        ...state,
        producers: withoutKey(state.producers, action.producerId),
        receptions: withoutKey(state.receptions, action.producerId),
      };
    case 'producer-paused':
    case 'producer-resumed': {
      const isPaused = action.type === 'producer-paused';
      const source = localSourceOf(state, action.producerId);
      if (source) {
        const byModerator = action.type === 'producer-paused' && action.byModerator;
        return {
          ...state,
          local: {
            ...state.local,
            [source]: { ...state.local[source], isPaused, isPausedByModerator: byModerator },
          },
        };
      }
      const producer = state.producers[action.producerId];
      if (!producer) return state;
      return { ...state, producers: { ...state.producers, [action.producerId]: { ...producer, isPaused } } };
    }
    case 'reception-added':
      if (!state.producers[action.producerId]) return state;
      return {
        ...state,
        receptions: {
          ...state.receptions,
          [action.producerId]: {
            consumerId: action.consumerId,
            track: action.track,
            score: 10,
            isPausedLocally: false,
          },
        },
      };
    case 'reception-paused-locally': {
      const reception = state.receptions[action.producerId];
      if (!reception || reception.isPausedLocally === action.isPaused) return state;
      return {
        ...state,
        receptions: {
          ...state.receptions,
          [action.producerId]: { ...reception, isPausedLocally: action.isPaused },
        },
      };
    }
    case 'consumer-closed': {
      const key = receptionKeyOf(state, action.consumerId);
      return key === undefined ? state : { ...state, receptions: withoutKey(state.receptions, key) };
    }
    case 'consumer-score': {
      const key = receptionKeyOf(state, action.consumerId);
      const reception = key === undefined ? undefined : state.receptions[key];
      if (key === undefined || !reception || reception.score === action.score) return state;
      return { ...state, receptions: { ...state.receptions, [key]: { ...reception, score: action.score } } };
    }
    case 'active-speaker':
      return {
        ...state,
        activeSpeakerId: action.userId,
        recentSpeakers: rememberSpeaker(state.recentSpeakers, action.userId),
      };
    case 'unmute-lock':
      return { ...state, isUnmuteLocked: action.isLocked };
    case 'local-track':
      return {
        ...state,
        local: {
          ...state.local,
          [action.source]: { track: action.track, isPaused: action.isPaused, isPausedByModerator: false },
        },
      };
    case 'local-produced':
      return {
        ...state,
        sendFailure: state.sendFailure === action.source ? undefined : state.sendFailure,
        local: {
          ...state.local,
          [action.source]: {
            ...state.local[action.source],
            producerId: action.producerId,
            isPaused: action.isPaused,
            isPausedByModerator: false,
          },
        },
      };
    case 'local-paused':
      return {
        ...state,
        local: {
          ...state.local,
          [action.source]: {
            ...state.local[action.source],
            isPaused: action.isPaused,
            isPausedByModerator: action.byModerator ?? false,
          },
        },
      };
    case 'local-closed':
      return { ...state, local: { ...state.local, [action.source]: idleSend } };
    case 'send-failed':
      return { ...state, sendFailure: action.source };
  }
}
