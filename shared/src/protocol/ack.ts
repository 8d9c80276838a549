import { z } from 'zod';
import { ErrorEnvelope } from './errors.ts';

/** Every socket command is answered exactly once with this union. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ErrorEnvelope };

export function ackSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: ErrorEnvelope }),
  ]);
}
