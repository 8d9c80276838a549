import { cpus } from 'node:os';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65_535);

/** The media process' settings, from the environment, parsed once at start. */
export const MediaConfigSchema = z
  .object({
    /** Internal link (server nodes connect here); 0 = any free port (embedded mode reports it over IPC). */
    MEDIA_PORT: port.default(4443),
    MEDIA_HOST: z.string().min(1).default('127.0.0.1'),
    MEDIA_SECRET: z.string().min(16, 'MEDIA_SECRET must be at least 16 characters'),
    /** Address the WebRTC sockets bind to. */
    MEDIA_LISTEN_IP: z.string().min(1).default('127.0.0.1'),
    /** Address (IP or hostname) browsers are told to send RTP to, when the listen IP is private (NAT). */
    MEDIA_ANNOUNCED_ADDRESS: z.string().min(1).optional(),
    MEDIA_RTC_MIN_PORT: port.default(40_000),
    MEDIA_RTC_MAX_PORT: port.default(40_999),
    MEDIA_WORKERS: z.coerce.number().int().min(1).max(256).optional(),
    MEDIA_MAX_PEERS_PER_ROUTER: z.coerce.number().int().min(1).default(300),
    MEDIASOUP_WORKER_BIN: z.string().min(1).optional(),
    MEDIA_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .refine((c) => c.MEDIA_RTC_MIN_PORT <= c.MEDIA_RTC_MAX_PORT, {
    message: 'MEDIA_RTC_MIN_PORT must not exceed MEDIA_RTC_MAX_PORT',
    path: ['MEDIA_RTC_MIN_PORT'],
  });

export interface MediaConfig {
  port: number;
  host: string;
  secret: string;
  listenIp: string;
  announcedAddress: string | undefined;
  rtcMinPort: number;
  rtcMaxPort: number;
  workers: number;
  maxPeersPerRouter: number;
  logLevel: z.infer<typeof MediaConfigSchema>['MEDIA_LOG_LEVEL'];
}

export function loadMediaConfig(env: Record<string, string | undefined>): MediaConfig {
  const c = MediaConfigSchema.parse(env);
  return {
    port: c.MEDIA_PORT,
    host: c.MEDIA_HOST,
    secret: c.MEDIA_SECRET,
    listenIp: c.MEDIA_LISTEN_IP,
    announcedAddress: c.MEDIA_ANNOUNCED_ADDRESS,
    rtcMinPort: c.MEDIA_RTC_MIN_PORT,
    rtcMaxPort: c.MEDIA_RTC_MAX_PORT,
    workers: c.MEDIA_WORKERS ?? Math.max(1, cpus().length),
    maxPeersPerRouter: c.MEDIA_MAX_PEERS_PER_ROUTER,
    logLevel: c.MEDIA_LOG_LEVEL,
  };
}
