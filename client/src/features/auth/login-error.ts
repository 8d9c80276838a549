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

/** A failed sign-in to show: the message key, and for a lock the moment sign-in opens again. */
export interface LoginFailure {
  key: LoginErrorKey | 'loginLockout.retryAt';
  retryAt?: Date;
}

/** Like loginErrorKey, but a lock that says how long it lasts is shown with its end time. */
export function loginFailure(error: unknown, now: Date): LoginFailure {
  const key = loginErrorKey(error);
  const retryAfterMs = isApiError(error) ? error.details?.retryAfterMs : undefined;
  if (key === 'login.errors.rateLimited' && retryAfterMs !== undefined) {
    // Rounded up to the minute: "try again at 10:41" must not be a minute too early.
    const retryAt = new Date(Math.ceil((now.getTime() + retryAfterMs) / 60_000) * 60_000);
    return { key: 'loginLockout.retryAt', retryAt };
  }
  return { key };
}
