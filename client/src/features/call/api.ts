import {
  mediaEvents as mediaEventSchemas,
  type CommandName,
  type CommandRequest,
  type CommandResult,
  type MediaEventName,
  type RoomId,
} from '@konsiili/shared';
import type { Socket } from 'socket.io-client';
import type { z } from 'zod';
import type { types } from 'mediasoup-client';
import type { MediaApi, MediaEvent, MediaEventSource } from '../../lib/media/media-api.ts';
import { sendCommand, socket } from '../../lib/socket.ts';

async function call<K extends CommandName>(name: K, payload: CommandRequest<K>): Promise<CommandResult<K>> {
  const outcome = await sendCommand(name, payload);
  if (!outcome.ok) throw outcome.error;
  return outcome.data;
}

// mediasoup's parameter objects cross the wire as bounded, loosely checked records (shared/protocol/media.ts);
// mediasoup-client validates them itself when it uses them.

/** The call's signalling for one room, over the app's one socket. */
export function mediaApi(roomId: RoomId): MediaApi {
  return {
    async join() {
      const joined = await call('media:join', { roomId });
      return {
        ...joined,
        routerRtpCapabilities: joined.routerRtpCapabilities as unknown as types.RtpCapabilities,
      };
    },
    async createTransport(direction) {
      const info = await call('media:create-transport', { roomId, direction });
      return {
        transportId: info.transportId,
        iceParameters: info.iceParameters as unknown as types.IceParameters,
        iceCandidates: info.iceCandidates as unknown as types.IceCandidate[],
        dtlsParameters: info.dtlsParameters as unknown as types.DtlsParameters,
      };
    },
    async connectTransport(transportId, dtlsParameters) {
      await call('media:connect-transport', {
        roomId,
        transportId,
        dtlsParameters: dtlsParameters,
      });
    },
    produce: ({ transportId, kind, source, rtpParameters, isPaused }) =>
      call('media:produce', {
        roomId,
        transportId,
        kind,
        source,
        rtpParameters: rtpParameters,
        isPaused,
      }),
    async consume(producerId, rtpCapabilities) {
      const info = await call('media:consume', {
        roomId,
        producerId,
        rtpCapabilities: rtpCapabilities,
      });
      return { ...info, rtpParameters: info.rtpParameters as unknown as types.RtpParameters };
    },
    async resumeConsumer(consumerId) {
      await call('media:resume-consumer', { roomId, consumerId });
    },
    async pauseConsumer(consumerId) {
      await call('media:pause-consumer', { roomId, consumerId });
    },
    async setPreferredLayers(consumerId, spatialLayer) {
      await call('media:set-preferred-layers', { roomId, consumerId, spatialLayer });
    },
    async pauseProducer(producerId) {
      await call('media:pause-producer', { roomId, producerId });
    },
    async resumeProducer(producerId) {
      await call('media:resume-producer', { roomId, producerId });
    },
    async closeProducer(producerId) {
      await call('media:close-producer', { roomId, producerId });
    },
    async restartIce(transportId) {
      const { iceParameters } = await call('media:restart-ice', { roomId, transportId });
      return { iceParameters: iceParameters as unknown as types.IceParameters };
    },
    async leave() {
      await call('media:leave', { roomId });
    },
  };
}

/** Moderation commands (policy MEDIA_MODERATE); they resolve to an outcome the UI shows. */
export const moderationApi = {
  mute: (
    roomId: RoomId,
    userId: CommandRequest<'media:mute'>['userId'],
    source: 'mic' | 'camera' | 'screen',
  ) => sendCommand('media:mute', { roomId, userId, source }),
  muteAll: (roomId: RoomId, exceptUserIds: CommandRequest<'media:mute-all'>['exceptUserIds']) =>
    sendCommand('media:mute-all', { roomId, exceptUserIds }),
  lockUnmute: (roomId: RoomId, isLocked: boolean) => sendCommand('media:lock-unmute', { roomId, isLocked }),
};

type Payload<K extends MediaEventName> = z.output<(typeof mediaEventSchemas)[K]>;

/** How each server media event becomes a MediaEvent of the media client. */
const toMediaEvent: { [K in MediaEventName]: (payload: Payload<K>) => MediaEvent } = {
  'media:producer-added': (e) => ({ type: 'producer-added', producer: e.producer }),
  'media:producer-closed': (e) => ({ type: 'producer-closed', producerId: e.producerId }),
  'media:producer-paused': (e) => ({ ...e, type: 'producer-paused' }),
  'media:producer-resumed': (e) => ({ ...e, type: 'producer-resumed' }),
  'media:consumer-closed': (e) => ({ type: 'consumer-closed', consumerId: e.consumerId }),
  'media:consumer-score': (e) => ({ type: 'consumer-score', consumerId: e.consumerId, score: e.score }),
  'media:active-speaker': (e) => ({ type: 'active-speaker', userId: e.userId }),
  'media:state': (e) => ({ type: 'state', isUnmuteLocked: e.isUnmuteLocked }),
  'media:restart': () => ({ type: 'restart' }),
};

/**
 * Server media events of this room (each parsed with its shared schema; anything else is dropped), and
 * socket reconnects, as MediaEvents.
 */
export function mediaEvents(roomId: RoomId): MediaEventSource {
  return (listener) => {
    // socket.io's typed `on` cannot take a union of event names; each payload is parsed below instead.
    const untyped = socket as unknown as Socket;
    const handlers = (Object.keys(toMediaEvent) as MediaEventName[]).map((name) => {
      const handler = (payload: unknown) => {
        const parsed = mediaEventSchemas[name].safeParse(payload);
        if (!parsed.success || parsed.data.roomId !== roomId) return;
        const convert = toMediaEvent[name] as (p: typeof parsed.data) => MediaEvent;
        listener(convert(parsed.data));
      };
      untyped.on(name, handler);
      return { name, handler };
    });
    const onConnect = () => listener({ type: 'reconnected' });
    socket.on('connect', onConnect);
    return () => {
      for (const { name, handler } of handlers) untyped.off(name, handler);
      socket.off('connect', onConnect);
    };
  };
}
