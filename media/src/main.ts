import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mediaGrants, mediaLinkToken } from '@konsiili/shared';
import type { types } from 'mediasoup';
import { loadMediaConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { createRooms } from './routers.ts';
import { attachLink } from './signalling/link.ts';
import { findWorkerBin } from './worker-bin.ts';

// Composition root of the media process: config → worker pool → rooms → internal link → listen. When forked
// by the server (embedded mode) it reports its port over IPC and ends with its parent.
// Forked by a server (embedded mode): end with it, also while still starting.
let onParentGone: () => void = () => process.exit(0);
if (process.send) {
  if (!process.connected) process.exit(0);
  process.on('disconnect', () => onParentGone());
}

const config = loadMediaConfig(process.env);
const logger = createLogger(config.logLevel);
const workerBin = findWorkerBin(process.env);
if (workerBin) process.env.MEDIASOUP_WORKER_BIN = workerBin;
// Loaded only now: mediasoup resolves its worker binary from the environment when first imported.
const { createWorkerPool } = await import('./workers.ts');

const listenInfos: types.TransportListenInfo[] = (['udp', 'tcp'] as const).map((protocol) => ({
  protocol,
  ip: config.listenIp,
  ...(config.announcedAddress ? { announcedAddress: config.announcedAddress } : {}),
  portRange: { min: config.rtcMinPort, max: config.rtcMaxPort },
}));

// The pool exists before the rooms that listen for its dead workers.
let onWorkerDied: (worker: types.Worker) => void = () => undefined;
const pool = await createWorkerPool(
  {
    count: config.workers,
    rtcMinPort: config.rtcMinPort,
    rtcMaxPort: config.rtcMaxPort,
    logLevel: 'warn',
    onDied: (worker) => onWorkerDied(worker),
  },
  logger,
);
const rooms = createRooms(pool, { maxPeersPerRouter: config.maxPeersPerRouter, listenInfos }, logger);
onWorkerDied = (worker) => rooms.workerDied(worker);

// Besides the link, one plain endpoint for container health checks.
const http = createServer((req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(pool.size > 0 ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: pool.size > 0 ? 'ok' : 'no workers', workers: pool.size }));
    return;
  }
  res.writeHead(404).end();
});
const io = attachLink(http, {
  rooms,
  pool,
  grants: mediaGrants(config.secret),
  linkToken: await mediaLinkToken(config.secret),
  logger,
  now: () => Date.now(),
});

await new Promise<void>((resolve) => http.listen(config.port, config.host, resolve));
const port = (http.address() as AddressInfo).port;
logger.info({ port, workers: pool.size }, 'media service listening');
// The parent may be gone already (stopped while we started); then there is nobody to tell.
if (process.send && process.connected) process.send({ type: 'listening', port }, () => undefined);

let isStopping = false;
function stop(): void {
  if (isStopping) return;
  isStopping = true;
  logger.info('media service stopping');
  rooms.closeAll('MEDIA_RESTARTED');
  void io.close();
  pool.close();
  setTimeout(() => process.exit(0), 200).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
onParentGone = stop;
