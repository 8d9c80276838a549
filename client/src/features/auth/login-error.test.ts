import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-error.ts';
import { loginErrorKey } from './login-error.ts';

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
