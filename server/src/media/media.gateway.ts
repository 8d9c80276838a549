import type {
  MediaMethod,
  MediaNotify,
  MediaResponse,
  MediaUnavailableReason,
  RoomId,
} from '@konsiili/shared';

export type MediaHealth = { state: 'ready' } | { state: 'degraded'; reason: MediaUnavailableReason };

export interface MediaLinkRequest {
  roomId?: RoomId | undefined;
  peerId?: string | undefined;
  grant?: string | undefined;
  data: unknown;
}

/**
 * Port: the server's line to the media process. `request` resolves the media process' answer, or rejects
 * with AppError(UNAVAILABLE) when there is no media process or it does not answer.
 */
export interface MediaGateway {
  health(): MediaHealth;
  request(method: MediaMethod, request: MediaLinkRequest): Promise<MediaResponse>;
  /** Media asks the server to emit an event to some browser sockets. */
  onNotify(listener: (notify: MediaNotify) => void): void;
  /** The link was lost and is back: every peer this node had is gone on the media side. */
  onReset(listener: () => void): void;
  close(): Promise<void>;
}
