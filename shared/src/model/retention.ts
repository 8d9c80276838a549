import { z } from 'zod';

/** How long free text is kept, in days, per kind of content. Aggregate figures are kept regardless. */
export const RetentionPolicy = z.object({
  pptChatDays: z.number().int().min(1).max(3650),
  kelaHourChatDays: z.number().int().min(1).max(3650),
  consultationMessageDays: z.number().int().min(1).max(3650),
  /** Case titles, questions and outcomes of PPT sessions: the follow-up period. */
  caseOutcomeDays: z.number().int().min(1).max(3650),
});
export type RetentionPolicy = z.infer<typeof RetentionPolicy>;

/** Defaults: anonymous consultation chat has no reason to live long; outcomes serve the follow-up. */
export const DEFAULT_RETENTION: RetentionPolicy = {
  pptChatDays: 30,
  kelaHourChatDays: 30,
  consultationMessageDays: 365,
  caseOutcomeDays: 180,
};
