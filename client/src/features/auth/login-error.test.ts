import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-error.ts';
import { loginErrorKey, loginFailure } from './login-error.ts';

describe('loginErrorKey', () => {
  it.each([
    [new ApiError('UNAUTHENTICATED', 401), 'login.errors.wrongCredentials'],
    [new ApiError('RATE_LIMITED', 429), 'login.errors.rateLimited'],
    [new ApiError('NETWORK'), 'login.errors.network'],
    [new ApiError('INTERNAL', 500), 'login.errors.unknown'],
    [new Error('boom'), 'login.errors.unknown'],
  ])('%s → %s', (error, key) => {
    expect(loginErrorKey(error)).toBe(key);
  });
});

describe('loginFailure', () => {
  it('a lock with a retry time says when sign-in opens again, rounded up to the minute', () => {
    const now = new Date('2026-11-25T08:00:30Z');
    const locked = new ApiError('RATE_LIMITED', 429, { retryAfterMs: 14 * 60_000 });
    expect(loginFailure(locked, now)).toEqual({
      key: 'loginLockout.retryAt',
      retryAt: new Date('2026-11-25T08:15:00Z'),
    });
    expect(loginFailure(new ApiError('RATE_LIMITED', 429), now)).toEqual({ key: 'login.errors.rateLimited' });
    expect(loginFailure(new ApiError('UNAUTHENTICATED', 401), now)).toEqual({
      key: 'login.errors.wrongCredentials',
    });
  });
});
