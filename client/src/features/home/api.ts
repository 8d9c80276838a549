import { HomeResponse } from '@konsiili/shared';
import { request } from '../../lib/api.ts';

export function fetchHome(signal: AbortSignal): Promise<HomeResponse> {
  return request('/api/home', HomeResponse, { signal });
}
