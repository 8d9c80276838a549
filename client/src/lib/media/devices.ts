/**
 * Camera and microphone access. Browsers refuse in several ways; each becomes one code the UI
 * translates, so people learn whether to allow access, plug in a device or close another app.
 */
export const DeviceProblem = {
  DENIED: 'DENIED',
  NOT_FOUND: 'NOT_FOUND',
  IN_USE: 'IN_USE',
  UNSUPPORTED: 'UNSUPPORTED',
  OTHER: 'OTHER',
} as const;
export type DeviceProblem = (typeof DeviceProblem)[keyof typeof DeviceProblem];

/** Maps a getUserMedia/getDisplayMedia rejection (a DOMException by name) to a DeviceProblem. */
export function classifyMediaError(error: unknown): DeviceProblem {
  const name = error instanceof Error || isNamed(error) ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return DeviceProblem.DENIED;
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return DeviceProblem.NOT_FOUND;
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return DeviceProblem.IN_USE;
    case 'TypeError':
    case 'NotSupportedError':
      return DeviceProblem.UNSUPPORTED;
    default:
      return DeviceProblem.OTHER;
  }
}

function isNamed(value: unknown): value is { name: string } {
  return (
    typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string'
  );
}

export interface LocalTracks {
  audio?: MediaStreamTrack | undefined;
  video?: MediaStreamTrack | undefined;
  audioProblem?: DeviceProblem | undefined;
  videoProblem?: DeviceProblem | undefined;
}

export interface TrackRequest {
  audioDeviceId?: string | undefined;
  videoDeviceId?: string | undefined;
  /** False when the person chose to join with the camera off: it is then not opened at all. */
  isVideoWanted?: boolean;
}

const VIDEO_CONSTRAINTS = { width: { ideal: 1280 }, height: { ideal: 720 }, frameRate: { ideal: 24 } };

function audioConstraints(deviceId: string | undefined): MediaTrackConstraints {
  return {
    ...(deviceId ? { deviceId: { exact: deviceId } } : {}),
    echoCancellation: true,
    noiseSuppression: true,
    autoGainControl: true,
  };
}

function videoConstraints(deviceId: string | undefined): MediaTrackConstraints {
  return { ...VIDEO_CONSTRAINTS, ...(deviceId ? { deviceId: { exact: deviceId } } : {}) };
}

/**
 * Opens the microphone and the camera separately, so that a missing or refused camera still leaves
 * audio (and the reverse). Never rejects: what failed is reported per kind.
 */
export async function openLocalTracks(request: TrackRequest): Promise<LocalTracks> {
  if (typeof navigator === 'undefined' || !('mediaDevices' in navigator)) {
    return { audioProblem: DeviceProblem.UNSUPPORTED, videoProblem: DeviceProblem.UNSUPPORTED };
  }
  const [audio, video] = await Promise.all([
    openOne({ audio: audioConstraints(request.audioDeviceId) }, 'audio'),
    request.isVideoWanted === false
      ? Promise.resolve<Opened>({})
      : openOne({ video: videoConstraints(request.videoDeviceId) }, 'video'),
  ]);
  return { audio: audio.track, audioProblem: audio.problem, video: video.track, videoProblem: video.problem };
}

/** Opens one kind; used when someone picks another device or turns the camera on again. */
export async function openTrack(
  kind: 'audio' | 'video',
  deviceId: string | undefined,
): Promise<{ track?: MediaStreamTrack; problem?: DeviceProblem }> {
  return openOne(
    kind === 'audio' ? { audio: audioConstraints(deviceId) } : { video: videoConstraints(deviceId) },
    kind,
  );
}

interface Opened {
  track?: MediaStreamTrack;
  problem?: DeviceProblem;
}

async function openOne(constraints: MediaStreamConstraints, kind: 'audio' | 'video'): Promise<Opened> {
  try {
    const stream = await navigator.mediaDevices.getUserMedia(constraints);
    const track = kind === 'audio' ? stream.getAudioTracks()[0] : stream.getVideoTracks()[0];
    return track ? { track } : { problem: DeviceProblem.NOT_FOUND };
  } catch (error) {
    return { problem: classifyMediaError(error) };
  }
}

/** Asks for the screen; resolves undefined when the person cancels the picker. */
export async function openScreen(): Promise<{ track?: MediaStreamTrack; problem?: DeviceProblem }> {
  try {
    const stream = await navigator.mediaDevices.getDisplayMedia({
      video: { frameRate: { ideal: 15, max: 30 } },
      audio: false,
    });
    const track = stream.getVideoTracks()[0];
    return track ? { track } : { problem: DeviceProblem.NOT_FOUND };
  } catch (error) {
    return { problem: classifyMediaError(error) };
  }
}

export interface DeviceLists {
  microphones: MediaDeviceInfo[];
  cameras: MediaDeviceInfo[];
}

/** Lists devices; labels are empty until the person has allowed access once. */
export async function listDevices(): Promise<DeviceLists> {
  if (typeof navigator === 'undefined' || !('mediaDevices' in navigator)) {
    return { microphones: [], cameras: [] };
  }
  const devices = await navigator.mediaDevices.enumerateDevices();
  return {
    microphones: devices.filter((d) => d.kind === 'audioinput'),
    cameras: devices.filter((d) => d.kind === 'videoinput'),
  };
}

export function stopTrack(track: MediaStreamTrack | undefined): void {
  track?.stop();
}
