import type { RoomSummary } from '@konsiili/shared';
import { useEffect, useState } from 'react';
import { fetchRoom } from '../rooms/api.ts';

/** How often the prejoin page re-reads its room while it waits. */
const REFRESH_MS = 60_000;

/**
 * The room as the server has it now, for the prejoin page: someone waiting there is not in the room's
 * channel yet and does not hear room:updated, so the room is read again every minute and whenever the
 * page comes back into view, as long as `isWaiting`. A failed read keeps what was shown.
 */
export function useFreshRoom(room: RoomSummary, isWaiting: boolean): RoomSummary {
  const [fresh, setFresh] = useState(room);
  useEffect(() => {
    if (!isWaiting) return;
    let controller = new AbortController();
    const refresh = () => {
      if (document.visibilityState !== 'visible') return;
      controller.abort();
      controller = new AbortController();
      fetchRoom(room.id, controller.signal).then(setFresh, () => undefined);
    };
    const timer = setInterval(refresh, REFRESH_MS);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
      controller.abort();
    };
  }, [room.id, isWaiting]);
  return fresh;
}
