/** What a person chose on the prejoin page, remembered per person on this browser. */
export interface CallPrefs {
  isMicMuted: boolean;
  isCameraOff: boolean;
  audioDeviceId?: string | undefined;
  videoDeviceId?: string | undefined;
}

export const DEFAULT_CALL_PREFS: CallPrefs = { isMicMuted: false, isCameraOff: false };
const key = (userId: string) => `konsiili.call.prefs.${userId}`;

function field<T>(value: unknown, name: string, type: 'boolean' | 'string'): T | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const found: unknown = (value as Record<string, unknown>)[name];
  if (typeof found !== type) return undefined;
  if (typeof found === 'string' && found.length > 256) return undefined;
  return found as T;
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
    isMicMuted: field<boolean>(value, 'isMicMuted', 'boolean') ?? false,
    isCameraOff: field<boolean>(value, 'isCameraOff', 'boolean') ?? false,
    audioDeviceId: field<string>(value, 'audioDeviceId', 'string'),
    videoDeviceId: field<string>(value, 'videoDeviceId', 'string'),
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
