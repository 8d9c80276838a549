import { z } from 'zod';

/** Stable error codes. Clients map them to i18n keys; they never show server text. */
export const ErrorCode = {
  VALIDATION: 'VALIDATION',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL: 'INTERNAL',
  /** A dependency (the media service) is not available; details.reason says why (NO_WORKER, MEDIA_DOWN). */
  UNAVAILABLE: 'UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ErrorCodeSchema = z.enum([
  ErrorCode.VALIDATION,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.RATE_LIMITED,
  ErrorCode.INTERNAL,
  ErrorCode.UNAVAILABLE,
]);

/** One failing field of a payload: the zod path and a message, never the value that was sent. */
export const ValidationIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type ValidationIssue = z.infer<typeof ValidationIssue>;

export const ErrorDetails = z.object({
  issues: z.array(ValidationIssue).optional(),
  /** Set on INTERNAL: the id under which the server logged the failure. */
  correlationId: z.string().optional(),
  /** Set on RATE_LIMITED: when the sender may try again. */
  retryAfterMs: z.number().int().nonnegative().optional(),
  /** A domain rule that refused the command (e.g. QUEUE_EMPTY), for the client's i18n. */
  reason: z.string().optional(),
});
export type ErrorDetails = z.infer<typeof ErrorDetails>;

/** The one error envelope used by REST responses and socket acks alike. */
export const ErrorEnvelope = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  details: ErrorDetails.optional(),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;

/** Reasons the server gives when it ends a socket on its own initiative. */
export const CloseCode = {
  SHUTTING_DOWN: 'SHUTTING_DOWN',
  RATE_LIMITED: 'RATE_LIMITED',
  SESSION_ENDED: 'SESSION_ENDED',
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];
