import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { io as connectIo, type Socket } from 'socket.io-client';
import type { Server } from 'socket.io';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  mediaGrants,
  mediaLinkToken,
  type MediaGrant,
  type MediaLinkClientToServer,
  type MediaLinkServerToClient,
  type MediaRequest,
  type MediaResponse,
} from '@konsiili/shared';
import { createRooms } from '../../media/src/routers.ts';
import { attachLink } from '../../media/src/signalling/link.ts';
import type { WorkerPool } from '../../media/src/workers.ts';
import { connect, login, send } from '../support/clients.ts';
import type { TestMedia } from '../support/media.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// The media process' link (auth, grant checks, routing) and the server's gateway, run for real in this
// process around a pool without workers: everything decided before a router is needed works without the
// mediasoup binary. media.test.ts covers the rest with a real worker.
const SECRET = 'link-test-secret-link-test-secret';
const noWorkers: WorkerPool = {
  acquire: () => Promise.reject(new Error('no worker in this test')),
  release: () => undefined,
  size: 0,
  pids: () => [],
  close: () => undefined,
};

let http: HttpServer;
let link: Server;
let url: string;
const clients: Socket[] = [];

beforeEach(async () => {
  const logger = pino({ level: 'silent' });
  http = createServer();
  link = attachLink(http, {
    rooms: createRooms(noWorkers, { maxPeersPerRouter: 1, listenInfos: [] }, logger),
    pool: noWorkers,
    grants: mediaGrants(SECRET),
    linkToken: await mediaLinkToken(SECRET),
    logger,
    now: () => Date.now(),
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await new Promise<void>((resolve) => void link.close(() => resolve()));
});

async function linkClient(token: string): Promise<Socket<MediaLinkServerToClient, MediaLinkClientToServer>> {
  const socket: Socket<MediaLinkServerToClient, MediaLinkClientToServer> = connectIo(url, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  clients.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

const request = (socket: Socket<MediaLinkServerToClient, MediaLinkClientToServer>, r: MediaRequest) =>
  socket.timeout(5000).emitWithAck('media:request', r) as Promise<MediaResponse>;

describe('media link', () => {
  it('[ML1] a link without the token derived from MEDIA_SECRET is refused', async () => {
    await expect(linkClient('guess')).rejects.toThrow();
    await expect(linkClient(await mediaLinkToken('another-secret-entirely'))).rejects.toThrow();
  });

  it('[ML2] a grant for room A is refused for room B, for another peer, forged or expired', async () => {
    const socket = await linkClient(await mediaLinkToken(SECRET));
    const grant = {
      roomId: 'room-a',
      userId: 'user-1',
      peerId: 'peer-1',
      role: 'moderator',
      exp: Date.now() + 30_000,
    } as MediaGrant;
    const token = await mediaGrants(SECRET).mint(grant);
    const muteAll = (roomId: string, peerId: string, g: string) =>
      request(socket, {
        method: 'media:mute-all',
        roomId: roomId as MediaGrant['roomId'],
        peerId,
        grant: g,
        data: { roomId, exceptUserIds: [] },
      });
    expect(await muteAll('room-b', 'peer-1', token)).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'WRONG_ROOM' },
    });
    expect(await muteAll('room-a', 'peer-2', token)).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'WRONG_PEER' },
    });
    const forged = await mediaGrants('not-the-media-secret').mint(grant);
    expect(await muteAll('room-a', 'peer-1', forged)).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'BAD_SIGNATURE' },
    });
    const expired = await mediaGrants(SECRET).mint({ ...grant, exp: Date.now() - 1 });
    expect(await muteAll('room-a', 'peer-1', expired)).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'EXPIRED' },
    });
    // The payload's room must be the granted one.
    const other = await request(socket, {
      method: 'media:mute-all',
      roomId: grant.roomId,
      peerId: 'peer-1',
      grant: token,
      data: { roomId: 'room-b', exceptUserIds: [] },
    });
    expect(other).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(
      await request(socket, { method: 'media:mute-all', roomId: grant.roomId, peerId: 'peer-1', data: {} }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await request(socket, { method: 'media:explode', data: {} } as unknown as MediaRequest)).toEqual({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await request(socket, { method: 'media:status', data: {} })).toMatchObject({
      ok: true,
      data: { workers: 0, rooms: 0, peers: 0 },
    });
  });
});

describe('server and media link', () => {
  let server: TestServer;
  beforeEach(async () => {
    const media = { url, secret: SECRET } as TestMedia;
    server = await startTestServer({ media: { ...media, link: () => Promise.reject(new Error('unused')) } });
  });
  afterEach(async () => {
    await server.close();
  });

  it('[ML3] the media service going away: /readyz says degraded MEDIA_DOWN (200), media:join UNAVAILABLE', async () => {
    expect(await (await fetch(`${server.url}/readyz`)).json()).toMatchObject({ media: 'ready' });
    const chair = await connect(server.url, await login(server.url, 'demo.chair', server.demoPassword));
    clients.push(chair);
    // A moderator command for a call nobody joined reaches media and comes back as its refusal.
    expect(
      await send(chair, 'media:mute', { roomId: 'demo-ppt', userId: 'demo-social', source: 'mic' }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { reason: 'NOT_JOINED' } } });

    const lost = new Promise<void>((resolve) => {
      const check = (): void => {
        void fetch(`${server.url}/readyz`)
          .then((r) => r.json() as Promise<{ media: string }>)
          .then((body) => (body.media === 'degraded' ? resolve() : setTimeout(check, 50)));
      };
      check();
    });
    link.disconnectSockets(true);
    await new Promise<void>((resolve) => void link.close(() => resolve()));
    await lost;
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ media: 'degraded', mediaReason: 'MEDIA_DOWN' });
    expect(await send(chair, 'media:join', { roomId: 'demo-ppt' })).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', details: { reason: 'MEDIA_DOWN' } },
    });
  });
});
