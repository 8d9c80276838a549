import type { UserId } from '@konsiili/shared';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadCallPrefs, saveCallPrefs, type CallPrefs } from '../../lib/media/call-prefs.ts';
import { listDevices, openTrack, type DeviceLists, type DeviceProblem } from '../../lib/media/devices.ts';
import { Alert } from '../../ui/Alert.tsx';
import '../../ui/call.css';
import { useMicLevel } from './use-mic-level.ts';
import { VideoView } from './VideoView.tsx';

/**
 * The prejoin part of a call: camera preview, microphone level, device pickers and "join with mic /
 * camera off". Choices are remembered per person on this device; the call reads them when it starts.
 * Devices are released when the page moves on.
 */
export function CallSetup({ userId }: { userId: UserId }) {
  const { t } = useTranslation();
  const id = useId();
  const [prefs, setPrefs] = useState<CallPrefs>(() => loadCallPrefs(userId));
  const [devices, setDevices] = useState<DeviceLists>({ microphones: [], cameras: [] });
  const [audio, setAudio] = useState<{ track?: MediaStreamTrack; problem?: DeviceProblem }>({});
  const [video, setVideo] = useState<{ track?: MediaStreamTrack; problem?: DeviceProblem }>({});
  const level = useMicLevel(audio.track);
  // The cleanup of the camera effect has stopped the old track; it is just not shown any more.
  const shown = prefs.isCameraOff ? {} : video;

  const update = (change: Partial<CallPrefs>) => {
    const next = { ...prefs, ...change };
    setPrefs(next);
    saveCallPrefs(userId, next);
  };

  useEffect(() => {
    let isCurrent = true;
    let opened: MediaStreamTrack | undefined;
    void openTrack('audio', prefs.audioDeviceId).then((result) => {
      opened = result.track;
      if (isCurrent) setAudio(result);
      else result.track?.stop();
      // Labels only appear once access was granted, so the list is read after opening.
      if (isCurrent) void listDevices().then((lists) => isCurrent && setDevices(lists));
    });
    return () => {
      isCurrent = false;
      opened?.stop();
    };
  }, [prefs.audioDeviceId]);

  useEffect(() => {
    if (prefs.isCameraOff) return undefined;
    let isCurrent = true;
    let opened: MediaStreamTrack | undefined;
    void openTrack('video', prefs.videoDeviceId).then((result) => {
      opened = result.track;
      if (isCurrent) setVideo(result);
      else result.track?.stop();
      if (isCurrent) void listDevices().then((lists) => isCurrent && setDevices(lists));
    });
    return () => {
      isCurrent = false;
      opened?.stop();
    };
  }, [prefs.videoDeviceId, prefs.isCameraOff]);

  return (
    <section className="call-setup card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('call.prejoin.title')}</h2>
      <div className="call-setup__preview">
        {shown.track ? (
          <VideoView track={shown.track} isMirrored label={t('call.prejoin.preview')} />
        ) : (
          <span>{t('call.prejoin.previewOff')}</span>
        )}
      </div>
      {shown.problem ? <Alert tone="info">{t(`call.problems.video.${shown.problem}`)}</Alert> : null}
      {audio.problem ? <Alert tone="info">{t(`call.problems.audio.${audio.problem}`)}</Alert> : null}
      <label htmlFor={`${id}-level`}>{t('call.prejoin.level')}</label>
      <meter id={`${id}-level`} className="call-setup__meter" min={0} max={1} value={level} />
      <DevicePicker
        id={`${id}-mic`}
        label={t('call.prejoin.microphone')}
        devices={devices.microphones}
        value={prefs.audioDeviceId}
        onChange={(audioDeviceId) => update({ audioDeviceId })}
      />
      <DevicePicker
        id={`${id}-camera`}
        label={t('call.prejoin.camera')}
        devices={devices.cameras}
        value={prefs.videoDeviceId}
        onChange={(videoDeviceId) => update({ videoDeviceId })}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={prefs.isMicMuted}
          onChange={(e) => update({ isMicMuted: e.target.checked })}
        />{' '}
        {t('call.prejoin.joinMuted')}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={prefs.isCameraOff}
          onChange={(e) => update({ isCameraOff: e.target.checked })}
        />{' '}
        {t('call.prejoin.joinCameraOff')}
      </label>
      <p className="muted">{t('call.prejoin.remembered')}</p>
    </section>
  );
}

function DevicePicker(props: {
  id: string;
  label: string;
  devices: readonly MediaDeviceInfo[];
  value: string | undefined;
  onChange: (deviceId: string | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? undefined : e.target.value)}
      >
        <option value="">{t('call.prejoin.defaultDevice')}</option>
        {props.devices.map((d, index) => (
          <option key={d.deviceId || String(index)} value={d.deviceId}>
            {d.label || `${props.label} ${String(index + 1)}`}
          </option>
        ))}
      </select>
    </div>
  );
}
