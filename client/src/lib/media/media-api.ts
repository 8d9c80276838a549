import type { UserId } from '@konsiili/shared';
import type { types } from 'mediasoup-client';
import type { MediaKind, MediaSource, RemoteProducer } from './call-state.ts';

/**
 * What the media client needs from signalling, for ONE room. The app implements it over the one
 * socket (features/call/api.ts); every method rejects with an ApiError carrying the server's code.
 */
export interface MediaApi {
  join(): Promise<{
    routerRtpCapabilities: types.RtpCapabilities;
    producers: RemoteProducer[];
    isUnmuteLocked: boolean;
    activeSpeakerId: UserId | null;
  }>;
  createTransport(direction: 'send' | 'recv'): Promise<{
    transportId: string;
    iceParameters: types.IceParameters;
    iceCandidates: types.IceCandidate[];
    dtlsParameters: types.DtlsParameters;
  }>;
  connectTransport(transportId: string, dtlsParameters: types.DtlsParameters): Promise<void>;
  produce(request: {
    transportId: string;
    kind: MediaKind;
    source: MediaSource;
    rtpParameters: types.RtpParameters;
    isPaused: boolean;
  }): Promise<{ producerId: string }>;
  consume(
    producerId: string,
    rtpCapabilities: types.RtpCapabilities,
  ): Promise<{
    consumerId: string;
    producerId: string;
    kind: MediaKind;
    rtpParameters: types.RtpParameters;
    isProducerPaused: boolean;
  }>;
  resumeConsumer(consumerId: string): Promise<void>;
  pauseConsumer(consumerId: string): Promise<void>;
  setPreferredLayers(consumerId: string, spatialLayer: number): Promise<void>;
  pauseProducer(producerId: string): Promise<void>;
  resumeProducer(producerId: string): Promise<void>;
  closeProducer(producerId: string): Promise<void>;
  restartIce(transportId: string): Promise<{ iceParameters: types.IceParameters }>;
  leave(): Promise<void>;
}

/** Server events for this room, already filtered by roomId and parsed. */
export type MediaEvent =
  | { type: 'producer-added'; producer: RemoteProducer }
  | { type: 'producer-closed'; producerId: string }
  | { type: 'producer-paused'; producerId: string; userId: UserId; source: MediaSource; byModerator: boolean }
  | { type: 'producer-resumed'; producerId: string; userId: UserId; source: MediaSource }
  | { type: 'consumer-closed'; consumerId: string }
  | { type: 'consumer-score'; consumerId: string; score: number }
  | { type: 'active-speaker'; userId: UserId | null }
  | { type: 'state'; isUnmuteLocked: boolean }
  | { type: 'restart' }
  /** The signalling connection came back (new socket id: the server has dropped the old peer). */
  | { type: 'reconnected' };

export type MediaEventSource = (listener: (event: MediaEvent) => void) => () => void;
