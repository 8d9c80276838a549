import type { ErrorCode, ErrorDetails } from '@konsiili/shared';

/** Failures that happen on this side of the wire, next to the server's ErrorCode. */
export const ClientErrorCode = {
  NETWORK: 'NETWORK',
  TIMEOUT: 'TIMEOUT',
  BAD_RESPONSE: 'BAD_RESPONSE',
} as const;
export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];

export type ApiErrorCode = ErrorCode | ClientErrorCode;

/** Thrown by every request helper. Carries a code for i18n, never text meant for the user. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number | undefined;
  readonly details: ErrorDetails | undefined;

  constructor(code: ApiErrorCode, status?: number, details?: ErrorDetails) {
    super(code);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The i18n key that explains an error to the user and says what to do next. */
export function errorMessageKey(error: unknown): `errors.${ApiErrorCode}` {
  return `errors.${isApiError(error) ? error.code : ClientErrorCode.NETWORK}`;
}
