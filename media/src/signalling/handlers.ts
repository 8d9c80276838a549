import type { types } from 'mediasoup';
import {
  MediaConnectTransport,
  MediaConsume,
  MediaConsumerRef,
  MediaCreateTransport,
  MediaJoin,
  MediaLeave,
  MediaLockUnmute,
  MediaMute,
  MediaMuteAll,
  MediaProduce,
  MediaProducerRef,
  MediaRestartIce,
  MediaSetPreferredLayers,
  type MediaGrant,
  type MediaMethod,
} from '@konsiili/shared';
import type { z } from 'zod';
import { MediaError } from '../errors.ts';
import type { PeerLink } from '../peer.ts';
import type { MediaRoom } from '../room.ts';

export interface HandlerContext {
  room: MediaRoom;
  peerId: string;
  grant: MediaGrant;
  link: PeerLink;
}

interface Handler<S extends z.ZodType> {
  schema: S;
  /** Whether the room is made when it does not exist yet (only a join makes one). */
  creates?: true;
  run: (ctx: HandlerContext, data: z.output<S>) => unknown;
}

function handler<S extends z.ZodType>(h: Handler<S>): Handler<S> {
  return h;
}

function requireModerator(ctx: HandlerContext): void {
  if (ctx.grant.role !== 'moderator') throw new MediaError('FORBIDDEN');
}

// mediasoup validates its own parameter objects; shared only bounds their size, hence the casts.
const rtp = (p: unknown) => p as types.RtpParameters;
const caps = (p: unknown) => p as types.RtpCapabilities;
const dtls = (p: unknown) => p as types.DtlsParameters;

/**
 * One entry per granted method: its payload schema and a thin call into the room. The link has verified the
 * grant for this room and peer before any of these runs, inside the room's queue.
 */
export const handlers = {
  'media:join': handler({
    schema: MediaJoin,
    creates: true,
    run: (ctx) => ctx.room.join(ctx.peerId, ctx.grant, ctx.link),
  }),
  'media:create-transport': handler({
    schema: MediaCreateTransport,
    run: (ctx, d) => ctx.room.createTransport(ctx.room.peer(ctx.peerId), d.direction),
  }),
  'media:connect-transport': handler({
    schema: MediaConnectTransport,
    run: async (ctx, d) => {
      await ctx.room.transportOf(ctx.room.peer(ctx.peerId), d.transportId).connect({
        dtlsParameters: dtls(d.dtlsParameters),
      });
      return {};
    },
  }),
  'media:produce': handler({
    schema: MediaProduce,
    run: (ctx, d) =>
      ctx.room.produce(ctx.room.peer(ctx.peerId), { ...d, rtpParameters: rtp(d.rtpParameters) }),
  }),
  'media:consume': handler({
    schema: MediaConsume,
    run: (ctx, d) => ctx.room.consume(ctx.room.peer(ctx.peerId), d.producerId, caps(d.rtpCapabilities)),
  }),
  'media:resume-consumer': handler({
    schema: MediaConsumerRef,
    run: async (ctx, d) => {
      await ctx.room.consumerOf(ctx.room.peer(ctx.peerId), d.consumerId).resume();
      return {};
    },
  }),
  'media:pause-consumer': handler({
    schema: MediaConsumerRef,
    run: async (ctx, d) => {
      await ctx.room.consumerOf(ctx.room.peer(ctx.peerId), d.consumerId).pause();
      return {};
    },
  }),
  'media:set-preferred-layers': handler({
    schema: MediaSetPreferredLayers,
    run: async (ctx, d) => {
      const consumer = ctx.room.consumerOf(ctx.room.peer(ctx.peerId), d.consumerId);
      if (consumer.type !== 'simulcast' && consumer.type !== 'svc') return {};
      await consumer.setPreferredLayers({ spatialLayer: d.spatialLayer, temporalLayer: d.temporalLayer });
      return {};
    },
  }),
  'media:pause-producer': handler({
    schema: MediaProducerRef,
    run: async (ctx, d) => {
      const peer = ctx.room.peer(ctx.peerId);
      const { producer, source } = ctx.room.ownProducer(peer, d.producerId);
      await ctx.room.pauseProducer(peer, producer, source, false);
      return {};
    },
  }),
  'media:resume-producer': handler({
    schema: MediaProducerRef,
    run: async (ctx, d) => {
      await ctx.room.resumeOwnProducer(ctx.room.peer(ctx.peerId), d.producerId);
      return {};
    },
  }),
  'media:close-producer': handler({
    schema: MediaProducerRef,
    run: (ctx, d) => {
      ctx.room.ownProducer(ctx.room.peer(ctx.peerId), d.producerId).producer.close();
      return {};
    },
  }),
  'media:restart-ice': handler({
    schema: MediaRestartIce,
    run: async (ctx, d) => {
      const transport = ctx.room.transportOf(ctx.room.peer(ctx.peerId), d.transportId);
      return { iceParameters: await transport.restartIce() };
    },
  }),
  'media:leave': handler({
    schema: MediaLeave,
    run: (ctx) => {
      ctx.room.closePeer(ctx.peerId);
      return {};
    },
  }),
  'media:mute': handler({
    schema: MediaMute,
    run: async (ctx, d) => {
      requireModerator(ctx);
      await ctx.room.mute(d.userId, d.source);
      return {};
    },
  }),
  'media:mute-all': handler({
    schema: MediaMuteAll,
    run: async (ctx, d) => {
      requireModerator(ctx);
      return { mutedCount: await ctx.room.muteAll(d.exceptUserIds) };
    },
  }),
  'media:lock-unmute': handler({
    schema: MediaLockUnmute,
    run: (ctx, d) => {
      requireModerator(ctx);
      ctx.room.lockUnmute(d.isLocked);
      return {};
    },
  }),
} satisfies Partial<Record<MediaMethod, Handler<z.ZodType>>>;

export type GrantedMethod = keyof typeof handlers;
