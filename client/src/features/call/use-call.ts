import type { RoomId, UserId } from '@konsiili/shared';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { isApiError } from '../../lib/api-error.ts';
import { loadCallPrefs } from '../../lib/media/call-prefs.ts';
import {
  callReducer,
  initialCallState,
  type CallState,
  type MediaSource,
} from '../../lib/media/call-state.ts';
import { openLocalTracks, openScreen, openTrack, type DeviceProblem } from '../../lib/media/devices.ts';
import { selectLastN } from '../../lib/media/last-n.ts';
import { MediaClient } from '../../lib/media/media-client.ts';
import { mediaApi, mediaEvents } from './api.ts';

/** Remote videos received at once; beyond this, the least relevant are paused on the server. */
export const LAST_N = 9;

export type DeviceProblems = Partial<Record<'audio' | 'video' | 'screen', DeviceProblem>>;

export interface Call {
  roomId: RoomId;
  myUserId: UserId;
  state: CallState;
  deviceProblems: DeviceProblems;
  /** An i18n key for the last thing that failed (e.g. unmute while locked); cleared on the next action. */
  notice: string | undefined;
  dismissNotice: () => void;
  toggleMic: () => void;
  toggleCamera: () => void;
  toggleScreen: () => void;
  retry: () => void;
  setPreferredLayer: (producerId: string, spatialLayer: number) => void;
}

/**
 * The call of one room for as long as the component using it is mounted: opens the devices the person
 * chose on the prejoin page, joins, and leaves (releasing every device) on unmount.
 */
export function useCall(roomId: RoomId, myUserId: UserId, presenterId?: UserId): Call {
  const [state, dispatch] = useReducer(callReducer, initialCallState);
  const [deviceProblems, setDeviceProblems] = useState<DeviceProblems>({});
  const [notice, setNotice] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const clientRef = useRef<MediaClient | undefined>(undefined);

  useEffect(() => {
    const client = new MediaClient(mediaApi(roomId), mediaEvents(roomId), dispatch);
    clientRef.current = client;
    const run = { isCurrent: true };
    const prefs = loadCallPrefs(myUserId);
    void (async () => {
      const tracks = await openLocalTracks({
        audioDeviceId: prefs.audioDeviceId,
        videoDeviceId: prefs.videoDeviceId,
        isVideoWanted: !prefs.isCameraOff,
      });
      if (!run.isCurrent) {
        tracks.audio?.stop();
        tracks.video?.stop();
        return;
      }
      setDeviceProblems({ audio: tracks.audioProblem, video: tracks.videoProblem });
      if (tracks.audio) await client.start('mic', tracks.audio, prefs.isMicMuted);
      if (tracks.video) await client.start('camera', tracks.video);
      // join() does nothing once the effect was cleaned up meanwhile (the client is closed then).
      await client.join();
    })();
    return () => {
      run.isCurrent = false;
      clientRef.current = undefined;
      void client.close();
    };
  }, [roomId, myUserId, attempt]);

  const { local } = state;
  const toggleMic = useCallback(() => {
    const client = clientRef.current;
    if (!client) return;
    setNotice(undefined);
    void (async () => {
      if (!client.isSending('mic')) {
        const opened = await openTrack('audio', loadCallPrefs(myUserId).audioDeviceId);
        setDeviceProblems((p) => ({ ...p, audio: opened.problem }));
        if (opened.track) await client.start('mic', opened.track);
        return;
      }
      try {
        await client.setPaused('mic', !local.mic.isPaused);
      } catch (error) {
        setNotice(noticeFor(error));
      }
    })();
  }, [local.mic.isPaused, myUserId]);

  const toggleCamera = useCallback(() => {
    const client = clientRef.current;
    if (!client) return;
    setNotice(undefined);
    void (async () => {
      if (client.isSending('camera')) {
        await client.stop('camera');
        return;
      }
      const opened = await openTrack('video', loadCallPrefs(myUserId).videoDeviceId);
      setDeviceProblems((p) => ({ ...p, video: opened.problem }));
      if (opened.track) await client.start('camera', opened.track);
    })();
  }, [myUserId]);

  const toggleScreen = useCallback(() => {
    const client = clientRef.current;
    if (!client) return;
    setNotice(undefined);
    void (async () => {
      if (client.isSending('screen')) {
        await client.stop('screen');
        return;
      }
      const opened = await openScreen();
      // Cancelling the browser's picker is a choice, not a problem worth a message.
      setDeviceProblems((p) => ({ ...p, screen: opened.problem === 'DENIED' ? undefined : opened.problem }));
      if (opened.track) await client.start('screen', opened.track);
    })();
  }, []);

  const retry = useCallback(() => {
    setAttempt((n) => n + 1);
  }, []);
  const setPreferredLayer = useCallback((producerId: string, spatialLayer: number) => {
    clientRef.current?.setPreferredLayer(producerId, spatialLayer);
  }, []);
  const dismissNotice = useCallback(() => {
    setNotice(undefined);
  }, []);

  // Last-N: which remote videos to receive, recomputed when producers or speakers change.
  const videos = useMemo(
    () =>
      Object.values(state.producers)
        .filter((p) => p.kind === 'video')
        .map((p) => ({
          producerId: p.producerId,
          userId: p.userId,
          source: p.source as 'camera' | 'screen',
        })),
    [state.producers],
  );
  const received = useMemo(
    () =>
      selectLastN({
        candidates: videos,
        limit: LAST_N,
        presenterId,
        activeSpeakerId: state.activeSpeakerId,
        recentSpeakers: state.recentSpeakers,
      }),
    [videos, presenterId, state.activeSpeakerId, state.recentSpeakers],
  );
  useEffect(() => {
    clientRef.current?.setReceived(
      received,
      videos.map((v) => v.producerId),
    );
  }, [received, videos, state.receptions]);

  return {
    roomId,
    myUserId,
    state,
    deviceProblems,
    notice,
    dismissNotice,
    toggleMic,
    toggleCamera,
    toggleScreen,
    retry,
    setPreferredLayer,
  };
}

function noticeFor(error: unknown): string {
  if (isApiError(error) && error.details?.reason === 'UNMUTE_LOCKED') return 'call.notices.unmuteLocked';
  if (isApiError(error) && error.code === 'FORBIDDEN') return 'call.notices.forbidden';
  return 'call.notices.failed';
}

export type { MediaSource };
