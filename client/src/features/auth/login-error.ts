import { ErrorCode } from '@konsiili/shared';
import { isApiError } from '../../lib/api-error.ts';

export type LoginErrorKey =
  | 'login.errors.wrongCredentials'
  | 'login.errors.rateLimited'
  | 'login.errors.network'
  | 'login.errors.unknown';

/** A failed sign-in explained in the words of the login page, not the generic ones. */
export function loginErrorKey(error: unknown): LoginErrorKey {
  if (!isApiError(error)) return 'login.errors.unknown';
  switch (error.code) {
    case ErrorCode.UNAUTHENTICATED:
      return 'login.errors.wrongCredentials';
    case ErrorCode.RATE_LIMITED:
      return 'login.errors.rateLimited';
    case 'NETWORK':
      return 'login.errors.network';
    default:
      return 'login.errors.unknown';
  }
}
