import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Keys whose values never reach a log line, wherever they sit in the logged object. We log ids,
 * codes and durations only; this is the safety net for mistakes, not the policy.
 */
const REDACTED_KEYS = [
  'password',
  'passwordHash',
  'username',
  'displayName',
  'profession',
  'text',
  'title',
  'question',
  'outcome',
  'cookie',
  'token',
  'authorization',
  'payload',
  'body',
];

export function createLogger(options: { level: string; pretty?: boolean }): Logger {
  const paths = REDACTED_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);
  return pino({
    level: options.level,
    base: { service: 'konsiili-server' },
    redact: { paths: [...paths, 'req.headers.cookie', 'req.headers.authorization'], censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    ...(options.pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
  });
}
