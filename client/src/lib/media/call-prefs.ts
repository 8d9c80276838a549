/** What a person chose on the prejoin page, remembered per person on this browser. */
export interface CallPrefs {
  isMicMuted: boolean;
  isCameraOff: boolean;
  audioDeviceId?: string | undefined;
  videoDeviceId?: string | undefined;
}

export const DEFAULT_CALL_PREFS: CallPrefs = { isMicMuted: false, isCameraOff: false };
const key = (userId: string) => `konsiili.call.prefs.${userId}`;

function fieldOf(value: unknown, name: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return (value as Record<string, unknown>)[name];
}

function flag(value: unknown, name: string): boolean {
  return fieldOf(value, name) === true;
}

function deviceId(value: unknown, name: string): string | undefined {
  const found = fieldOf(value, name);
  return typeof found === 'string' && found.length <= 256 ? found : undefined;
}

/** Parses a stored value leniently: anything unexpected falls back to the default, field by field. */
export function parseCallPrefs(raw: string | null): CallPrefs {
  if (raw === null) return DEFAULT_CALL_PREFS;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return DEFAULT_CALL_PREFS;
  }
  return {
    isMicMuted: flag(value, 'isMicMuted'),
    isCameraOff: flag(value, 'isCameraOff'),
    audioDeviceId: deviceId(value, 'audioDeviceId'),
    videoDeviceId: deviceId(value, 'videoDeviceId'),
  };
}

export function loadCallPrefs(userId: string): CallPrefs {
  try {
    return parseCallPrefs(window.localStorage.getItem(key(userId)));
  } catch {
    return DEFAULT_CALL_PREFS;
  }
}

export function saveCallPrefs(userId: string, prefs: CallPrefs): void {
  try {
    window.localStorage.setItem(key(userId), JSON.stringify(prefs));
  } catch {
    // Private windows and full quotas refuse storage; the choice then lasts this visit only.
  }
}
