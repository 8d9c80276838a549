import { io as connectIo, type Socket } from 'socket.io-client';
import {
  ErrorCode,
  MediaNotify,
  MediaResponse,
  MediaUnavailableReason,
  mediaLinkToken,
  type MediaLinkClientToServer,
  type MediaLinkServerToClient,
} from '@konsiili/shared';
import { AppError } from '../platform/app-error.ts';
import type { Logger } from '../platform/logger.ts';
import type { MediaGateway } from './media.gateway.ts';

const REQUEST_TIMEOUT_MS = 10_000;

/**
 * The internal link as a socket.io client that reconnects by itself. While it is down, requests fail fast
 * with UNAVAILABLE (MEDIA_DOWN); when it comes back after a loss the media side has dropped this node's peers,
 * so listeners of onReset tell the browsers to join again.
 */
export async function connectMediaGateway(options: {
  url: string;
  secret: string;
  logger: Logger;
}): Promise<MediaGateway> {
  const token = await mediaLinkToken(options.secret);
  const socket: Socket<MediaLinkServerToClient, MediaLinkClientToServer> = connectIo(options.url, {
    auth: { token },
    transports: ['websocket'],
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
  });
  const notifyListeners: ((n: MediaNotify) => void)[] = [];
  const resetListeners: (() => void)[] = [];
  let wasConnected = false;
  let lostSinceConnected = false;

  socket.on('connect', () => {
    options.logger.info({ code: 'MEDIA_LINK_UP' }, 'media link connected');
    if (wasConnected && lostSinceConnected) for (const listener of resetListeners) listener();
    wasConnected = true;
    lostSinceConnected = false;
  });
  socket.on('disconnect', (reason) => {
    lostSinceConnected = true;
    options.logger.warn({ code: 'MEDIA_LINK_DOWN', reason }, 'media link lost');
  });
  socket.on('connect_error', () => {
    if (wasConnected) lostSinceConnected = true;
  });
  socket.on('media:notify', (raw) => {
    const parsed = MediaNotify.safeParse(raw);
    if (!parsed.success) return;
    for (const listener of notifyListeners) listener(parsed.data);
  });

  const down = () =>
    new AppError(ErrorCode.UNAVAILABLE, 'media service unreachable', {
      reason: MediaUnavailableReason.MEDIA_DOWN,
    });

  return {
    health: () =>
      socket.connected
        ? { state: 'ready' }
        : { state: 'degraded', reason: MediaUnavailableReason.MEDIA_DOWN },
    async request(method, request) {
      if (!socket.connected) throw down();
      let raw: unknown;
      try {
        raw = await socket.timeout(REQUEST_TIMEOUT_MS).emitWithAck('media:request', { method, ...request });
      } catch {
        throw down();
      }
      const parsed = MediaResponse.safeParse(raw);
      if (!parsed.success) throw new AppError(ErrorCode.INTERNAL, 'malformed media answer');
      return parsed.data;
    },
    onNotify: (listener) => void notifyListeners.push(listener),
    onReset: (listener) => void resetListeners.push(listener),
    close() {
      socket.close();
      return Promise.resolve();
    },
  };
}
