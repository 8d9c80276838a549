import { describe, expect, it } from 'vitest';
import { ApiError, errorMessageKey } from './api-error.ts';

describe('errorMessageKey', () => {
  it('maps every code to its i18n key', () => {
    expect(errorMessageKey(new ApiError('RATE_LIMITED', 429))).toBe('errors.RATE_LIMITED');
    expect(errorMessageKey(new ApiError('TIMEOUT'))).toBe('errors.TIMEOUT');
  });
  it('treats anything that is not an ApiError as a network problem', () => {
    expect(errorMessageKey(new TypeError('Failed to fetch'))).toBe('errors.NETWORK');
  });
});
