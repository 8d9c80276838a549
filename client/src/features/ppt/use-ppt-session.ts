import {
  QueueUpdated,
  SessionEnded,
  type PresentMember,
  type RoomId,
  type RoomSnapshot,
  type RoomUpdated,
} from '@konsiili/shared';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ApiError } from '../../lib/api-error.ts';
import { sendCommand, socket } from '../../lib/socket.ts';
import { withMember } from '../rooms/roster.ts';
import { pptApi } from './api.ts';
import type { EnterProfile } from './remembered-profile.ts';
import { initialPptModel, reducePpt } from './state.ts';

export type PptConnection =
  { status: 'joining' } | { status: 'joined'; room: RoomSnapshot } | { status: 'failed'; error: ApiError };

/**
 * Enters the session with my profile (`session:enter`, which acks the snapshot), joins the room's
 * channel (`room:join`), then follows `queue:updated`: a missed version triggers `queue:sync`; `room:updated`
 * keeps the room's own details (start time, status) current. Everything is sent
 * again after a reconnect, because the server forgets channel membership with the old connection.
 */
export function usePptSession(roomId: RoomId, profile: EnterProfile) {
  const [connection, setConnection] = useState<PptConnection>({ status: 'joining' });
  const [model, dispatch] = useReducer(reducePpt, initialPptModel);
  const [attempt, setAttempt] = useState(0);
  const isSyncing = useRef(false);

  useEffect(() => {
    let isCancelled = false;
    // A function, not the flag itself: TypeScript would narrow the flag across the awaits below.
    const isStale = () => isCancelled;

    async function join() {
      // Enter first: the server then counts my presence under the service I chose, not my default one
      // (attendance only grows, so a moment under the wrong service would stay in the summary).
      const entered = await pptApi.enter({
        roomId,
        displayName: profile.displayName,
        profession: profile.profession,
        serviceId: profile.serviceId,
      });
      if (isStale()) return;
      if (!entered.ok) {
        setConnection({ status: 'failed', error: entered.error });
        return;
      }
      dispatch({ type: 'snapshot', snapshot: entered.data, receivedAt: Date.now() });
      const joined = await sendCommand('room:join', { roomId });
      if (isStale()) return;
      if (!joined.ok) {
        setConnection({ status: 'failed', error: joined.error });
        return;
      }
      setConnection({ status: 'joined', room: joined.data });
      // Changes made between the two acks reached the channel before I was in it.
      const synced = await pptApi.sync(roomId);
      if (!isStale() && synced.ok)
        dispatch({ type: 'snapshot', snapshot: synced.data, receivedAt: Date.now() });
    }

    function onUpdated(payload: unknown) {
      const parsed = QueueUpdated.safeParse(payload);
      if (!parsed.success || parsed.data.roomId !== roomId) return;
      dispatch({ type: 'updated', event: parsed.data, receivedAt: Date.now() });
    }
    function onEnded(payload: unknown) {
      const parsed = SessionEnded.safeParse(payload);
      if (!parsed.success || parsed.data.roomId !== roomId) return;
      dispatch({ type: 'ended', summary: parsed.data.summary });
    }
    function onMember(event: { roomId: RoomId; member: PresentMember }) {
      if (event.roomId !== roomId) return;
      setConnection((current) =>
        current.status === 'joined'
          ? { status: 'joined', room: withMember(current.room, event.member) }
          : current,
      );
    }
    function onRoomUpdated(event: RoomUpdated) {
      if (event.roomId !== roomId) return;
      setConnection((current) =>
        current.status === 'joined'
          ? { status: 'joined', room: { ...current.room, room: event.room } }
          : current,
      );
    }
    function onConnect() {
      void join();
    }

    socket.on('connect', onConnect);
    socket.on('queue:updated', onUpdated);
    socket.on('session:ended', onEnded);
    socket.on('room:presence', onMember);
    socket.on('room:member-updated', onMember);
    socket.on('room:updated', onRoomUpdated);
    if (socket.connected) void join();

    return () => {
      isCancelled = true;
      socket.off('connect', onConnect);
      socket.off('queue:updated', onUpdated);
      socket.off('session:ended', onEnded);
      socket.off('room:presence', onMember);
      socket.off('room:member-updated', onMember);
      socket.off('room:updated', onRoomUpdated);
      if (socket.connected) void sendCommand('room:leave', { roomId });
    };
  }, [roomId, profile, attempt]);

  useEffect(() => {
    if (!model.needsSync || isSyncing.current) return;
    isSyncing.current = true;
    void pptApi.sync(roomId).then((outcome) => {
      isSyncing.current = false;
      if (outcome.ok) dispatch({ type: 'snapshot', snapshot: outcome.data, receivedAt: Date.now() });
    });
  }, [model.needsSync, roomId]);

  const retry = useCallback(() => {
    setConnection({ status: 'joining' });
    setAttempt((n) => n + 1);
  }, []);

  const resync = useCallback(() => {
    void pptApi.sync(roomId).then((outcome) => {
      if (outcome.ok) dispatch({ type: 'snapshot', snapshot: outcome.data, receivedAt: Date.now() });
    });
  }, [roomId]);

  return { connection, model, retry, resync };
}

/** Read-only look at the agenda before joining (e.g. cases carried over from last time). */
export function useAgendaPreview(roomId: RoomId) {
  const [preview, setPreview] = useState<ReturnType<typeof reducePpt>['state']>();
  useEffect(() => {
    let isCurrent = true;
    function load() {
      void pptApi.sync(roomId).then((outcome) => {
        if (isCurrent && outcome.ok) setPreview(outcome.data.state);
      });
    }
    socket.on('connect', load);
    if (socket.connected) load();
    return () => {
      isCurrent = false;
      socket.off('connect', load);
    };
  }, [roomId]);
  return preview;
}
