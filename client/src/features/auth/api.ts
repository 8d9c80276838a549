import { Me, type LoginRequest } from '@konsiili/shared';
import { request } from '../../lib/api.ts';

/** 401 UNAUTHENTICATED: wrong username or password. 429 RATE_LIMITED: too many attempts. */
export function login(credentials: LoginRequest): Promise<Me> {
  return request('/api/auth/login', Me, { method: 'POST', body: credentials });
}
