import type { Consult, ConsultUpdated } from '@konsiili/shared';
import { useEffect, useRef } from 'react';
import { socket } from '../../lib/socket.ts';

/** Calls `onUpdate` with every consult the server announces to me (`consult:updated`). */
export function useConsultUpdates(onUpdate: (consult: Consult) => void): void {
  const latest = useRef(onUpdate);
  useEffect(() => {
    latest.current = onUpdate;
  }, [onUpdate]);
  useEffect(() => {
    function listener(event: ConsultUpdated) {
      latest.current(event.consult);
    }
    socket.on('consult:updated', listener);
    return () => {
      socket.off('consult:updated', listener);
    };
  }, []);
}
