import { z } from 'zod';

/** Sent to every socket just before the server closes them on shutdown; clients reconnect elsewhere. */
export const ServerShuttingDown = z.object({ reconnectAfterMs: z.number().int().nonnegative() });
export type ServerShuttingDown = z.infer<typeof ServerShuttingDown>;

export const systemEvents = {
  'server:shutting-down': ServerShuttingDown,
} as const;
