import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-error.ts';
import { draftLength, redactedTypes, sendFailure } from './compose.ts';

describe('composer rules', () => {
  it('[CP1] counts trimmed characters against 2000', () => {
    expect(draftLength('  ')).toEqual({ length: 0, over: 0, isSendable: false });
    expect(draftLength('x'.repeat(2000))).toEqual({ length: 2000, over: 0, isSendable: true });
    expect(draftLength(` ${'x'.repeat(2003)} `)).toEqual({ length: 2003, over: 3, isSendable: false });
  });

  it('[CP2] explains failures; rate limits carry the time to retry', () => {
    expect(sendFailure(new ApiError('RATE_LIMITED', undefined, { retryAfterMs: 4200 }), 1000)).toEqual({
      kind: 'rate-limited',
      retryAt: 5200,
    });
    expect(sendFailure(new ApiError('FORBIDDEN', undefined, { reason: 'CHAT_DISABLED' }), 0)).toEqual({
      kind: 'chat-disabled',
    });
    expect(sendFailure(new ApiError('FORBIDDEN'), 0)).toEqual({ kind: 'other', code: 'FORBIDDEN' });
    expect(sendFailure(new ApiError('TIMEOUT'), 0)).toEqual({ kind: 'not-sent' });
    expect(sendFailure(new ApiError('VALIDATION'), 0)).toEqual({ kind: 'invalid' });
  });

  it('[CP3] lists each removed kind of personal data once, in text order', () => {
    expect(
      redactedTypes([
        { start: 20, end: 25, type: 'NAME' },
        { start: 0, end: 11, type: 'HETU' },
        { start: 30, end: 35, type: 'NAME' },
      ]),
    ).toEqual(['HETU', 'NAME']);
  });
});
