import { Me } from '@konsiili/shared';
import { request, requestNoContent } from './api.ts';

export function fetchMe(signal?: AbortSignal): Promise<Me> {
  return request('/api/me', Me, signal ? { signal } : {});
}

export function logout(): Promise<void> {
  return requestNoContent('/api/auth/logout', { method: 'POST' });
}
