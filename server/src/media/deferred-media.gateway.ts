import { MediaUnavailableReason, type MediaNotify } from '@konsiili/shared';
import type { MediaGateway } from './media.gateway.ts';
import { unavailableMedia } from './unavailable-media.gateway.ts';

/**
 * A gateway that becomes available later (the embedded media process is still starting): until then it
 * answers like a media service that is down, so the server can listen without waiting for video.
 */
export function deferredMedia(pending: Promise<MediaGateway>): MediaGateway {
  let current = unavailableMedia(MediaUnavailableReason.MEDIA_DOWN);
  let isReady = false;
  const notifyListeners: ((n: MediaNotify) => void)[] = [];
  const resetListeners: (() => void)[] = [];
  const settled = pending.then(
    (gateway) => {
      for (const listener of notifyListeners) gateway.onNotify(listener);
      for (const listener of resetListeners) gateway.onReset(listener);
      current = gateway;
      isReady = true;
    },
    () => undefined,
  );
  return {
    health: () => current.health(),
    request: (method, request) => current.request(method, request),
    onNotify(listener) {
      if (isReady) current.onNotify(listener);
      else notifyListeners.push(listener);
    },
    onReset(listener) {
      if (isReady) current.onReset(listener);
      else resetListeners.push(listener);
    },
    async close() {
      // Still starting: close it when it arrives rather than hold up a shutdown.
      if (!isReady) {
        void settled.then(() => current.close());
        return;
      }
      await current.close();
    },
  };
}
