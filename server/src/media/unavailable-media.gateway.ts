import { ErrorCode, type MediaUnavailableReason } from '@konsiili/shared';
import { AppError } from '../platform/app-error.ts';
import type { MediaGateway } from './media.gateway.ts';

/** No media process (no worker binary, or none configured): the app runs, calls have no video. */
export function unavailableMedia(reason: MediaUnavailableReason): MediaGateway {
  return {
    health: () => ({ state: 'degraded', reason }),
    request: () => Promise.reject(new AppError(ErrorCode.UNAVAILABLE, 'video is unavailable', { reason })),
    onNotify: () => undefined,
    onReset: () => undefined,
    close: () => Promise.resolve(),
  };
}
