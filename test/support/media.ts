import { io as connectIo, type Socket } from 'socket.io-client';
import {
  mediaLinkToken,
  type MediaLinkClientToServer,
  type MediaLinkServerToClient,
  type MediaRequest,
  type MediaResponse,
  type MediaStatus,
} from '@konsiili/shared';
import { spawnMedia } from '../../server/src/media/spawn-media.ts';
import { findWorkerBin } from '../../server/src/media/worker-bin.ts';

/**
 * The worker binary tests use, found the way the server finds it. Tests that need a worker skip without one,
 * with a message, unless KONSIILI_REQUIRE_MEDIA_WORKER=1 (CI), where a missing worker fails the run.
 */
export function testWorkerBin(): string | undefined {
  const bin = findWorkerBin();
  if (!bin) {
    if (process.env.KONSIILI_REQUIRE_MEDIA_WORKER === '1') {
      throw new Error('KONSIILI_REQUIRE_MEDIA_WORKER=1 but no mediasoup worker binary was found');
    }
    console.warn(
      '[media tests] skipped: no mediasoup worker (set MEDIASOUP_WORKER_BIN or build it into /var/cache/konsiili/mediasoup-worker)',
    );
  }
  return bin;
}

export interface TestMediaOptions {
  workers?: number;
  maxPeersPerRouter?: number;
}

export interface TestMedia {
  url: string;
  secret: string;
  /** The media process' pid (for tests that restart it). */
  pid: number | undefined;
  /** A raw link client, as a server node would be: for forged-grant tests and media:status. */
  link(): Promise<TestLink>;
  status(roomId?: string): Promise<MediaStatus>;
  stop(): Promise<void>;
}

export interface TestLink {
  socket: Socket<MediaLinkServerToClient, MediaLinkClientToServer>;
  request(request: MediaRequest): Promise<MediaResponse>;
  close(): void;
}

/** A real media process (forked like the embedded mode) on a free loopback port. */
export async function startTestMedia(options: TestMediaOptions = {}): Promise<TestMedia> {
  const workerBin = findWorkerBin();
  if (!workerBin) throw new Error('no mediasoup worker binary');
  const spawned = await spawnMedia({
    workerBin,
    env: {
      MEDIA_WORKERS: String(options.workers ?? 1),
      MEDIA_MAX_PEERS_PER_ROUTER: String(options.maxPeersPerRouter ?? 300),
      // Parallel test files each get their own media process; a wide range keeps them from colliding.
      MEDIA_RTC_MIN_PORT: '20000',
      MEDIA_RTC_MAX_PORT: '29999',
      MEDIA_LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    },
  });
  const links: TestLink[] = [];
  const link = async (): Promise<TestLink> => {
    const socket: TestLink['socket'] = connectIo(spawned.url, {
      auth: { token: await mediaLinkToken(spawned.secret) },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const handle: TestLink = {
      socket,
      request: (request) =>
        socket.timeout(10_000).emitWithAck('media:request', request) as Promise<MediaResponse>,
      close: () => socket.close(),
    };
    links.push(handle);
    return handle;
  };
  let statusLink: TestLink | undefined;
  return {
    url: spawned.url,
    secret: spawned.secret,
    pid: spawned.child.pid,
    link,
    async status(roomId) {
      statusLink ??= await link();
      const answer = await statusLink.request({ method: 'media:status', data: { roomId } });
      if (!answer.ok) throw new Error(`media:status failed: ${answer.error.code}`);
      return answer.data as MediaStatus;
    },
    async stop() {
      for (const l of links.splice(0)) l.close();
      await spawned.stop();
    },
  };
}
