import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured logs: ids and codes only, never SDP, parameters or names. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'media' } });
}
