import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-error.ts';
import { commandErrorKey } from './use-command.ts';

describe('commandErrorKey', () => {
  it('explains session rule refusals in the stage’s own words', () => {
    expect(commandErrorKey(new ApiError('FORBIDDEN'))).toBe('ppt.errors.FORBIDDEN');
    expect(commandErrorKey(new ApiError('CONFLICT'))).toBe('ppt.errors.CONFLICT');
    expect(commandErrorKey(new ApiError('RATE_LIMITED'))).toBe('ppt.errors.RATE_LIMITED');
    expect(commandErrorKey(new ApiError('VALIDATION'))).toBe('ppt.errors.VALIDATION');
  });
  it('falls back to the general messages for transport failures', () => {
    expect(commandErrorKey(new ApiError('TIMEOUT'))).toBe('errors.TIMEOUT');
    expect(commandErrorKey(new ApiError('INTERNAL'))).toBe('errors.INTERNAL');
  });
});
