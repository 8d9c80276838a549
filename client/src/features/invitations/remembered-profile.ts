const KEY = 'konsiili.invite-profile';

export interface RememberedProfile {
  profession: string;
  serviceId: string;
}

/**
 * Profession and service are remembered for the next invitation; the display name is not, because
 * these links are often opened on shared workstations.
 */
export function loadProfile(): RememberedProfile {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return { profession: '', serviceId: '' };
    const profession =
      'profession' in parsed && typeof parsed.profession === 'string' ? parsed.profession : '';
    const serviceId = 'serviceId' in parsed && typeof parsed.serviceId === 'string' ? parsed.serviceId : '';
    return { profession, serviceId };
  } catch {
    return { profession: '', serviceId: '' };
  }
}

export function saveProfile(profile: RememberedProfile): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(profile));
  } catch {
    // Remembering is a convenience only.
  }
}
