import { HomeResponse } from '@konsiili/shared';
import { request } from '../../lib/api.ts';

/** Until the server has a dedicated listing, the sessions page shows what the home endpoint returns. */
export function fetchMyRooms(signal: AbortSignal): Promise<HomeResponse> {
  return request('/api/home', HomeResponse, { signal });
}
