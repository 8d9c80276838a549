import { z } from 'zod';
import { Consult, Notification } from '../model/consults.ts';

/** Sent to one user's channel when a notification is stored for them. */
export const NotificationNew = z.object({
  notification: Notification,
  unreadCount: z.number().int().nonnegative(),
});
export type NotificationNew = z.infer<typeof NotificationNew>;

/** Sent to the parties and the pool of a consultation after every change. */
export const ConsultUpdated = z.object({ consult: Consult });
export type ConsultUpdated = z.infer<typeof ConsultUpdated>;

export const consultEvents = {
  'notification:new': NotificationNew,
  'consult:updated': ConsultUpdated,
} as const;
