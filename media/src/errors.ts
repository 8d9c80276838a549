import type { MediaResponse } from '@konsiili/shared';

type Refusal = Extract<MediaResponse, { ok: false }>['error'];

/** A refusal the media process answers on the link with a known code (and a reason for the client's i18n). */
export class MediaError extends Error {
  readonly code: Refusal['code'];
  readonly reason: string | undefined;
  constructor(code: Refusal['code'], reason?: string) {
    super(reason ? `${code}: ${reason}` : code);
    this.code = code;
    this.reason = reason;
  }
}
