import type { ServiceId } from '@konsiili/shared';

/** What I said about myself last time I entered a PPT session, remembered on this device. */
export interface SessionProfile {
  displayName: string;
  profession: string;
  serviceId: string;
}

/** A profile checked and ready for `session:enter`. */
export interface EnterProfile {
  displayName: string;
  profession: string;
  serviceId: ServiceId;
}

const KEY = 'konsiili.ppt-profile';

function text(value: unknown, key: string): string {
  if (typeof value !== 'object' || value === null || !(key in value)) return '';
  const field: unknown = (value as Record<string, unknown>)[key];
  return typeof field === 'string' ? field : '';
}

/** The remembered profile, falling back field by field to `defaults` (the signed-in user's own). */
export function loadSessionProfile(defaults: SessionProfile): SessionProfile {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '{}');
    return {
      displayName: text(parsed, 'displayName') || defaults.displayName,
      profession: text(parsed, 'profession') || defaults.profession,
      serviceId: text(parsed, 'serviceId') || defaults.serviceId,
    };
  } catch {
    return defaults;
  }
}

export function saveSessionProfile(profile: SessionProfile): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(profile));
  } catch {
    // Remembering is a convenience only (private windows may refuse storage).
  }
}
