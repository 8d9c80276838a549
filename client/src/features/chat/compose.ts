import { CHAT_MAX_LENGTH, ErrorCode, type RedactionNotice } from '@konsiili/shared';
import { ClientErrorCode, type ApiError } from '../../lib/api-error.ts';

/** What the counter shows and whether the text may be sent; the server counts after trimming. */
export function draftLength(text: string): { length: number; over: number; isSendable: boolean } {
  const length = text.trim().length;
  const over = Math.max(0, length - CHAT_MAX_LENGTH);
  return { length, over, isSendable: length > 0 && over === 0 };
}

/** Why a send failed, in terms the composer explains; the text always stays in the composer. */
export type SendFailure =
  | { kind: 'rate-limited'; retryAt: number }
  | { kind: 'chat-disabled' }
  | { kind: 'invalid' }
  | { kind: 'not-sent' }
  | { kind: 'other'; code: ApiError['code'] };

export function sendFailure(error: ApiError, now: number): SendFailure {
  switch (error.code) {
    case ErrorCode.RATE_LIMITED:
      return { kind: 'rate-limited', retryAt: now + (error.details?.retryAfterMs ?? 1000) };
    case ErrorCode.FORBIDDEN:
      return error.details?.reason === 'CHAT_DISABLED'
        ? { kind: 'chat-disabled' }
        : { kind: 'other', code: error.code };
    case ErrorCode.VALIDATION:
      return { kind: 'invalid' };
    case ClientErrorCode.TIMEOUT:
    case ClientErrorCode.NETWORK:
      return { kind: 'not-sent' };
    default:
      return { kind: 'other', code: error.code };
  }
}

/** The kinds of personal data the guard removed, once each, in the order they appeared. */
export function redactedTypes(redactions: readonly RedactionNotice[]): string[] {
  const sorted = [...redactions].sort((a, b) => a.start - b.start);
  return [...new Set(sorted.map((r) => r.type))];
}
