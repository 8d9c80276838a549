import type { PresentMember, RoomId, RoomSnapshot, RoomUpdated } from '@konsiili/shared';
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../lib/api-error.ts';
import { socket } from '../../lib/socket.ts';
import { joinRoom, leaveRoom } from './api.ts';
import { withMember } from './roster.ts';

export type RoomConnection =
  | { status: 'prejoin' }
  | { status: 'joining' }
  | { status: 'joined'; snapshot: RoomSnapshot }
  | { status: 'failed'; error: ApiError };

/**
 * Joins the room through the socket once `join()` is called, re-joins after every reconnect (the server
 * forgets channel membership with the old connection) and leaves on unmount or `leave()`.
 */
export function useRoomConnection(roomId: RoomId) {
  const [connection, setConnection] = useState<RoomConnection>({ status: 'prejoin' });
  const [attempt, setAttempt] = useState(0);
  const wantsIn = attempt > 0;

  useEffect(() => {
    if (!wantsIn) return undefined;
    let isCurrent = true;

    async function join() {
      const outcome = await joinRoom(roomId);
      if (!isCurrent) return;
      setConnection(
        outcome.ok
          ? { status: 'joined', snapshot: outcome.data }
          : { status: 'failed', error: outcome.error },
      );
    }
    function onMember(event: { roomId: RoomId; member: PresentMember }) {
      if (event.roomId !== roomId) return;
      setConnection((current) =>
        current.status === 'joined'
          ? { status: 'joined', snapshot: withMember(current.snapshot, event.member) }
          : current,
      );
    }
    function onRoomUpdated(event: RoomUpdated) {
      if (event.roomId !== roomId) return;
      setConnection((current) =>
        current.status === 'joined'
          ? { status: 'joined', snapshot: { ...current.snapshot, room: event.room } }
          : current,
      );
    }
    function onConnect() {
      void join();
    }

    socket.on('connect', onConnect);
    socket.on('room:presence', onMember);
    socket.on('room:member-updated', onMember);
    socket.on('room:updated', onRoomUpdated);
    // When not connected yet, the 'connect' listener above sends the join.
    if (socket.connected) void join();

    return () => {
      isCurrent = false;
      socket.off('connect', onConnect);
      socket.off('room:presence', onMember);
      socket.off('room:member-updated', onMember);
      socket.off('room:updated', onRoomUpdated);
      if (socket.connected) void leaveRoom(roomId);
    };
  }, [roomId, wantsIn, attempt]);

  const join = useCallback(() => {
    setConnection({ status: 'joining' });
    setAttempt((n) => n + 1);
  }, []);

  const leave = useCallback(() => {
    setAttempt(0);
    setConnection({ status: 'prejoin' });
  }, []);

  return { connection, join, leave };
}
