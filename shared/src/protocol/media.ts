import { z } from 'zod';
import { RoomId, UserId } from '../model/ids.ts';
import { command } from './define.ts';

// mediasoup's own parameter objects (RTP capabilities, DTLS/ICE parameters, RTP parameters) are checked by
// mediasoup itself; here they are only bounded in size and shape so an oversized or non-object payload is
// refused at the edge.
const MAX_PARAM_KEYS = 64;
const boundedObject = z
  .record(z.string().max(64), z.unknown())
  .refine((o) => Object.keys(o).length <= MAX_PARAM_KEYS, 'too many keys');

/** mediasoup RtpCapabilities (codecs, headerExtensions). */
export const RtpCapabilities = z
  .object({
    codecs: z.array(boundedObject).max(64).optional(),
    headerExtensions: z.array(boundedObject).max(64).optional(),
  })
  .loose();
export type RtpCapabilities = z.infer<typeof RtpCapabilities>;

/** mediasoup RtpParameters (codecs, encodings, headerExtensions, rtcp, mid). */
export const RtpParameters = z
  .object({
    codecs: z.array(boundedObject).min(1).max(16),
    encodings: z.array(boundedObject).max(8).optional(),
    headerExtensions: z.array(boundedObject).max(32).optional(),
    rtcp: boundedObject.optional(),
    mid: z.string().max(64).optional(),
  })
  .loose();
export type RtpParameters = z.infer<typeof RtpParameters>;

export const DtlsParameters = z
  .object({
    role: z.enum(['auto', 'client', 'server']).optional(),
    fingerprints: z
      .array(z.object({ algorithm: z.string().max(32), value: z.string().max(256) }))
      .min(1)
      .max(8),
  })
  .loose();
export type DtlsParameters = z.infer<typeof DtlsParameters>;

export const IceParameters = z
  .object({ usernameFragment: z.string().max(256), password: z.string().max(256) })
  .loose();
export type IceParameters = z.infer<typeof IceParameters>;

export const IceCandidate = boundedObject;
export type IceCandidate = z.infer<typeof IceCandidate>;

const MediaObjectId = z.string().min(1).max(64);
export const TransportId = MediaObjectId;
export const ProducerId = MediaObjectId;
export const ConsumerId = MediaObjectId;

export const MediaKind = z.enum(['audio', 'video']);
export type MediaKind = z.infer<typeof MediaKind>;
/** What a producer carries; one producer per source per peer. Screen share is the second video producer. */
export const MediaSource = z.enum(['mic', 'camera', 'screen']);
export type MediaSource = z.infer<typeof MediaSource>;
export const TransportDirection = z.enum(['send', 'recv']);
export type TransportDirection = z.infer<typeof TransportDirection>;
export const MediaRole = z.enum(['moderator', 'participant']);
export type MediaRole = z.infer<typeof MediaRole>;

/** Why video is unavailable (details.reason of an UNAVAILABLE error, and /readyz). */
export const MediaUnavailableReason = {
  NO_WORKER: 'NO_WORKER',
  MEDIA_DOWN: 'MEDIA_DOWN',
} as const;
export type MediaUnavailableReason = (typeof MediaUnavailableReason)[keyof typeof MediaUnavailableReason];

/** A media-level refusal reason (details.reason of FORBIDDEN / CONFLICT acks). */
export const MediaRefusal = {
  UNMUTE_LOCKED: 'UNMUTE_LOCKED',
  SOURCE_TAKEN: 'SOURCE_TAKEN',
  NOT_JOINED: 'NOT_JOINED',
  CANNOT_CONSUME: 'CANNOT_CONSUME',
} as const;
export type MediaRefusal = (typeof MediaRefusal)[keyof typeof MediaRefusal];

export const MediaProducerInfo = z.object({
  producerId: ProducerId,
  userId: UserId,
  kind: MediaKind,
  source: MediaSource,
  isPaused: z.boolean(),
});
export type MediaProducerInfo = z.infer<typeof MediaProducerInfo>;

// ---- browser → server commands ----

export const MediaJoin = z.object({ roomId: RoomId });
export type MediaJoin = z.infer<typeof MediaJoin>;
export const MediaJoined = z.object({
  routerRtpCapabilities: RtpCapabilities,
  producers: z.array(MediaProducerInfo),
  isUnmuteLocked: z.boolean(),
  activeSpeakerId: UserId.nullable(),
});
export type MediaJoined = z.infer<typeof MediaJoined>;

export const MediaCreateTransport = z.object({ roomId: RoomId, direction: TransportDirection });
export type MediaCreateTransport = z.infer<typeof MediaCreateTransport>;
export const MediaTransportCreated = z.object({
  transportId: TransportId,
  iceParameters: IceParameters,
  iceCandidates: z.array(IceCandidate).max(32),
  dtlsParameters: DtlsParameters,
});
export type MediaTransportCreated = z.infer<typeof MediaTransportCreated>;

export const MediaConnectTransport = z.object({
  roomId: RoomId,
  transportId: TransportId,
  dtlsParameters: DtlsParameters,
});
export type MediaConnectTransport = z.infer<typeof MediaConnectTransport>;

export const MediaProduce = z.object({
  roomId: RoomId,
  transportId: TransportId,
  kind: MediaKind,
  source: MediaSource,
  rtpParameters: RtpParameters,
  isPaused: z.boolean().optional(),
});
export type MediaProduce = z.infer<typeof MediaProduce>;
export const MediaProduced = z.object({ producerId: ProducerId });
export type MediaProduced = z.infer<typeof MediaProduced>;

export const MediaConsume = z.object({
  roomId: RoomId,
  producerId: ProducerId,
  rtpCapabilities: RtpCapabilities,
});
export type MediaConsume = z.infer<typeof MediaConsume>;
export const MediaConsumed = z.object({
  consumerId: ConsumerId,
  producerId: ProducerId,
  kind: MediaKind,
  rtpParameters: RtpParameters,
  type: z.string().max(32),
  isProducerPaused: z.boolean(),
});
export type MediaConsumed = z.infer<typeof MediaConsumed>;

export const MediaConsumerRef = z.object({ roomId: RoomId, consumerId: ConsumerId });
export type MediaConsumerRef = z.infer<typeof MediaConsumerRef>;

export const MediaSetPreferredLayers = z.object({
  roomId: RoomId,
  consumerId: ConsumerId,
  spatialLayer: z.number().int().min(0).max(2),
  temporalLayer: z.number().int().min(0).max(2).optional(),
});
export type MediaSetPreferredLayers = z.infer<typeof MediaSetPreferredLayers>;

export const MediaProducerRef = z.object({ roomId: RoomId, producerId: ProducerId });
export type MediaProducerRef = z.infer<typeof MediaProducerRef>;

export const MediaRestartIce = z.object({ roomId: RoomId, transportId: TransportId });
export type MediaRestartIce = z.infer<typeof MediaRestartIce>;
export const MediaIceRestarted = z.object({ iceParameters: IceParameters });
export type MediaIceRestarted = z.infer<typeof MediaIceRestarted>;

export const MediaLeave = z.object({ roomId: RoomId });
export type MediaLeave = z.infer<typeof MediaLeave>;

export const MediaMute = z.object({ roomId: RoomId, userId: UserId, source: MediaSource });
export type MediaMute = z.infer<typeof MediaMute>;
export const MediaMuteAll = z.object({ roomId: RoomId, exceptUserIds: z.array(UserId).max(50).default([]) });
export type MediaMuteAll = z.input<typeof MediaMuteAll>;
export const MediaMutedAll = z.object({ mutedCount: z.number().int().nonnegative() });
export type MediaMutedAll = z.infer<typeof MediaMutedAll>;
export const MediaLockUnmute = z.object({ roomId: RoomId, isLocked: z.boolean() });
export type MediaLockUnmute = z.infer<typeof MediaLockUnmute>;

const Empty = z.object({});

export const mediaCommands = {
  /** Enter a room's call. Member who may join the room, room not closed. UNAVAILABLE when video is down. */
  'media:join': command(MediaJoin, MediaJoined),
  /** One send and one recv transport per peer is the norm; NOT_FOUND before media:join. */
  'media:create-transport': command(MediaCreateTransport, MediaTransportCreated),
  'media:connect-transport': command(MediaConnectTransport, Empty),
  /**
   * At most one producer per source (CONFLICT, reason SOURCE_TAKEN). When self-unmute is locked a
   * non-moderator's mic must be produced paused (FORBIDDEN, reason UNMUTE_LOCKED).
   */
  'media:produce': command(MediaProduce, MediaProduced),
  /** The consumer is created paused; resume it with media:resume-consumer when ready to render. */
  'media:consume': command(MediaConsume, MediaConsumed),
  'media:resume-consumer': command(MediaConsumerRef, Empty),
  /** Pause a consumer the client does not show (last-N). */
  'media:pause-consumer': command(MediaConsumerRef, Empty),
  'media:set-preferred-layers': command(MediaSetPreferredLayers, Empty),
  /** Own producers only. */
  'media:pause-producer': command(MediaProducerRef, Empty),
  /** Own producers only; a mic while unmute is locked and the caller is no moderator: FORBIDDEN UNMUTE_LOCKED. */
  'media:resume-producer': command(MediaProducerRef, Empty),
  'media:close-producer': command(MediaProducerRef, Empty),
  'media:restart-ice': command(MediaRestartIce, MediaIceRestarted),
  'media:leave': command(MediaLeave, Empty),
  /** Moderators: pause that person's producer of that source server-side. */
  'media:mute': command(MediaMute, Empty),
  /** Moderators: pause every mic in the room except the listed people's. */
  'media:mute-all': command(MediaMuteAll, MediaMutedAll),
  /** Moderators: while locked, participants cannot unmute their own mic. */
  'media:lock-unmute': command(MediaLockUnmute, Empty),
} as const;

// ---- server → browser events ----

export const MediaProducerAdded = z.object({ roomId: RoomId, producer: MediaProducerInfo });
export type MediaProducerAdded = z.infer<typeof MediaProducerAdded>;
export const MediaProducerClosed = z.object({ roomId: RoomId, producerId: ProducerId });
export type MediaProducerClosed = z.infer<typeof MediaProducerClosed>;
export const MediaProducerPaused = z.object({
  roomId: RoomId,
  producerId: ProducerId,
  userId: UserId,
  source: MediaSource,
  byModerator: z.boolean(),
});
export type MediaProducerPaused = z.infer<typeof MediaProducerPaused>;
export const MediaProducerResumed = z.object({
  roomId: RoomId,
  producerId: ProducerId,
  userId: UserId,
  source: MediaSource,
});
export type MediaProducerResumed = z.infer<typeof MediaProducerResumed>;
export const MediaConsumerClosed = z.object({ roomId: RoomId, consumerId: ConsumerId });
export type MediaConsumerClosed = z.infer<typeof MediaConsumerClosed>;
export const MediaActiveSpeaker = z.object({ roomId: RoomId, userId: UserId.nullable() });
export type MediaActiveSpeaker = z.infer<typeof MediaActiveSpeaker>;
export const MediaState = z.object({ roomId: RoomId, isUnmuteLocked: z.boolean() });
export type MediaState = z.infer<typeof MediaState>;
export const MediaRestartReason = z.enum(['WORKER_DIED', 'MEDIA_RESTARTED']);
export type MediaRestartReason = z.infer<typeof MediaRestartReason>;
export const MediaRestart = z.object({ roomId: RoomId, reason: MediaRestartReason });
export type MediaRestart = z.infer<typeof MediaRestart>;
export const MediaConsumerScore = z.object({
  roomId: RoomId,
  consumerId: ConsumerId,
  score: z.number().int().min(0).max(10),
});
export type MediaConsumerScore = z.infer<typeof MediaConsumerScore>;

export const mediaEvents = {
  /** Someone started sending (to every other peer of the room). */
  'media:producer-added': MediaProducerAdded,
  'media:producer-closed': MediaProducerClosed,
  /** byModerator: a moderator muted it (the owner's UI shows "muted by the chair"). */
  'media:producer-paused': MediaProducerPaused,
  'media:producer-resumed': MediaProducerResumed,
  /** A consumer of this peer ended (its producer closed, or its transport). */
  'media:consumer-closed': MediaConsumerClosed,
  'media:active-speaker': MediaActiveSpeaker,
  'media:state': MediaState,
  /** The peer was dropped (worker died, media restarted): close transports and run media:join again. */
  'media:restart': MediaRestart,
  'media:consumer-score': MediaConsumerScore,
} as const;

export type MediaCommandName = keyof typeof mediaCommands;
export type MediaEventName = keyof typeof mediaEvents;

// ---- internal link: server ⇄ media process ----

/** Methods the server relays: every browser command except the moderation ones that fan out, plus internal ones. */
export const MediaMethod = z.enum([
  'media:join',
  'media:create-transport',
  'media:connect-transport',
  'media:produce',
  'media:consume',
  'media:resume-consumer',
  'media:pause-consumer',
  'media:set-preferred-layers',
  'media:pause-producer',
  'media:resume-producer',
  'media:close-producer',
  'media:restart-ice',
  'media:leave',
  'media:mute',
  'media:mute-all',
  'media:lock-unmute',
  /** Internal: the browser socket is gone or left the room. */
  'media:close-peer',
  /** Internal, read-only: counts for health and tests. */
  'media:status',
]);
export type MediaMethod = z.infer<typeof MediaMethod>;

/** Methods that must carry a grant (the media process checks it). */
export const GRANTED_METHODS: readonly MediaMethod[] = MediaMethod.options.filter(
  (m) => m !== 'media:status' && m !== 'media:close-peer',
);

/** Request on the internal link; `data` is the browser command's payload (validated by the server and again here). */
export const MediaRequest = z.object({
  method: MediaMethod,
  roomId: RoomId.optional(),
  peerId: z.string().min(1).max(64).optional(),
  grant: z.string().max(2048).optional(),
  data: z.unknown(),
});
export type MediaRequest = z.infer<typeof MediaRequest>;

/** The media process' answer on the internal link. */
export const MediaResponse = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.enum(['VALIDATION', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'UNAVAILABLE', 'INTERNAL']),
      reason: z.string().max(64).optional(),
    }),
  }),
]);
export type MediaResponse = z.infer<typeof MediaResponse>;

/** Media → server: emit `event` with `payload` to each of these browser sockets. */
export const MediaNotify = z.object({
  peerIds: z.array(z.string().min(1).max(64)).max(10_000),
  event: z.enum(Object.keys(mediaEvents) as [MediaEventName, ...MediaEventName[]]),
  payload: z.unknown(),
});
export type MediaNotify = z.infer<typeof MediaNotify>;

/** media:status result. */
export const MediaStatus = z.object({
  workers: z.number().int().nonnegative(),
  rooms: z.number().int().nonnegative(),
  routers: z.number().int().nonnegative(),
  peers: z.number().int().nonnegative(),
  /** Process ids of the live workers (operators and tests: kill one to see a room recover). */
  workerPids: z.array(z.number().int()),
  pipes: z.number().int().nonnegative(),
  /** For the room asked about (request data { roomId }): its routers and the workers they run on. */
  roomRouters: z.number().int().nonnegative().optional(),
  roomWorkerPids: z.array(z.number().int()).optional(),
});
export type MediaStatus = z.infer<typeof MediaStatus>;

/** The internal link's event map (media process side = server of this link). */
export interface MediaLinkClientToServer {
  'media:request': (request: MediaRequest, ack: (response: MediaResponse) => void) => void;
}
export interface MediaLinkServerToClient {
  'media:notify': (notify: MediaNotify) => void;
}
