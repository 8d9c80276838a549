import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mediaGrants, type CommandResult, type MediaGrant } from '@konsiili/shared';
import { connect, login, send, waitFor, type TestSocket } from '../support/clients.ts';
import { startTestMedia, testWorkerBin, type TestMedia } from '../support/media.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// Signalling against a real media process and worker. No RTP flows: producers are made from hand-written
// RTP parameters on transports nobody connects to, which is all mediasoup needs to route and consume.
const hasWorker = testWorkerBin() !== undefined;
const ROOM = 'demo-ppt';

const opus = { mimeType: 'audio/opus', payloadType: 111, clockRate: 48_000, channels: 2, parameters: {} };
const vp8 = { mimeType: 'video/VP8', payloadType: 96, clockRate: 90_000, parameters: {} };
let ssrc = 1000;
const micRtp = () => ({ codecs: [opus], encodings: [{ ssrc: ++ssrc }], rtcp: { cname: 'mic' }, mid: '0' });
// Three simulcast layers, as the client sends them.
const cameraRtp = () => ({
  codecs: [vp8],
  encodings: [{ ssrc: ++ssrc }, { ssrc: ++ssrc }, { ssrc: ++ssrc }],
  rtcp: { cname: 'cam' },
  mid: '1',
});
const dtls = {
  role: 'client',
  fingerprints: [{ algorithm: 'sha-256', value: Array.from({ length: 32 }, () => 'AB').join(':') }],
};

let media: TestMedia;
let server: TestServer;
const sockets: TestSocket[] = [];
const cookies = new Map<string, string>();

interface InCall {
  socket: TestSocket;
  joined: CommandResult<'media:join'>;
}

async function socketOf(username: string): Promise<TestSocket> {
  const cookie =
    cookies.get(`${server.url}:${username}`) ?? (await login(server.url, username, server.demoPassword));
  cookies.set(`${server.url}:${username}`, cookie);
  const socket = await connect(server.url, cookie);
  sockets.push(socket);
  return socket;
}

async function ok<T>(
  ack: Promise<{ ok: true; data: T } | { ok: false; error: { code: string } }>,
): Promise<T> {
  const a = await ack;
  if (!a.ok) throw new Error(`expected ok, got ${a.error.code}`);
  return a.data;
}

async function inCall(username: string, socket?: TestSocket, roomId = ROOM): Promise<InCall> {
  const s = socket ?? (await socketOf(username));
  return { socket: s, joined: await ok(send(s, 'media:join', { roomId })) };
}

async function transport(socket: TestSocket, direction: 'send' | 'recv', roomId = ROOM): Promise<string> {
  const created = await ok(send(socket, 'media:create-transport', { roomId, direction }));
  await ok(
    send(socket, 'media:connect-transport', {
      roomId,
      transportId: created.transportId,
      dtlsParameters: dtls,
    }),
  );
  return created.transportId;
}

async function produce(socket: TestSocket, source: 'mic' | 'camera', isPaused = false): Promise<string> {
  const transportId = await transport(socket, 'send');
  const rtpParameters = source === 'mic' ? micRtp() : cameraRtp();
  const kind = source === 'mic' ? 'audio' : 'video';
  const produced = await ok(
    send(socket, 'media:produce', { roomId: ROOM, transportId, kind, source, rtpParameters, isPaused }),
  );
  return produced.producerId;
}

describe.skipIf(!hasWorker)('media with a real worker', () => {
  beforeAll(async () => {
    media = await startTestMedia({ workers: 2 });
  });
  afterAll(async () => {
    await media.stop();
  });
  beforeEach(async () => {
    server = await startTestServer({ media });
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.close();
    await server.close();
  });

  it('[MW1] join → transports → produce → consume (paused, then resumed), layers, ICE restart', async () => {
    const chair = await inCall('demo.chair');
    expect(chair.joined.routerRtpCapabilities.codecs?.length).toBeGreaterThan(0);
    const social = await inCall('demo.social');
    const added = waitFor(social.socket, 'media:producer-added', (p) => p.producer.source === 'camera');
    const cameraId = await produce(chair.socket, 'camera');
    expect((await added).producer).toMatchObject({
      producerId: cameraId,
      userId: 'demo-chair',
      kind: 'video',
    });

    const recv = await transport(social.socket, 'recv');
    const consumed = await ok(
      send(social.socket, 'media:consume', {
        roomId: ROOM,
        producerId: cameraId,
        rtpCapabilities: social.joined.routerRtpCapabilities,
      }),
    );
    expect(consumed).toMatchObject({
      producerId: cameraId,
      kind: 'video',
      type: 'simulcast',
      isProducerPaused: false,
    });
    const ref = { roomId: ROOM, consumerId: consumed.consumerId };
    await ok(send(social.socket, 'media:resume-consumer', ref));
    await ok(
      send(social.socket, 'media:set-preferred-layers', { ...ref, spatialLayer: 1, temporalLayer: 2 }),
    );
    await ok(send(social.socket, 'media:pause-consumer', ref));
    const restarted = await ok(send(social.socket, 'media:restart-ice', { roomId: ROOM, transportId: recv }));
    expect(restarted.iceParameters.usernameFragment).toBeTruthy();

    // A late joiner learns about existing producers in the join answer.
    const kela = await inCall('demo.kela');
    expect(kela.joined.producers.map((p) => p.producerId)).toContain(cameraId);

    const closed = waitFor(
      social.socket,
      'media:consumer-closed',
      (p) => p.consumerId === consumed.consumerId,
    );
    await ok(send(chair.socket, 'media:close-producer', { roomId: ROOM, producerId: cameraId }));
    await closed;
  });

  it('[MW2] one producer per source; screen share is a second video producer', async () => {
    const chair = await inCall('demo.chair');
    await produce(chair.socket, 'camera');
    const transportId = await transport(chair.socket, 'send');
    const again = await send(chair.socket, 'media:produce', {
      roomId: ROOM,
      transportId,
      kind: 'video',
      source: 'camera',
      rtpParameters: cameraRtp(),
    });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { reason: 'SOURCE_TAKEN' } },
    });
    const screen = await send(chair.socket, 'media:produce', {
      roomId: ROOM,
      transportId,
      kind: 'video',
      source: 'screen',
      rtpParameters: { ...cameraRtp(), mid: '2' },
    });
    expect(screen.ok).toBe(true);
  });

  it('[MW3] the chair mutes a participant, mutes all, locks self-unmute; participants cannot mute others', async () => {
    const chair = await inCall('demo.chair');
    const social = await inCall('demo.social');
    const kela = await inCall('demo.kela');
    const micId = await produce(social.socket, 'mic');

    const forbidden = await send(kela.socket, 'media:mute', {
      roomId: ROOM,
      userId: 'demo-social',
      source: 'mic',
    });
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Own producers only: another's producer is not found for a participant.
    const notOwn = await send(kela.socket, 'media:pause-producer', { roomId: ROOM, producerId: micId });
    expect(notOwn).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const seenByKela = waitFor(kela.socket, 'media:producer-paused', (p) => p.producerId === micId);
    const seenBySocial = waitFor(social.socket, 'media:producer-paused', (p) => p.producerId === micId);
    await ok(send(chair.socket, 'media:mute', { roomId: ROOM, userId: 'demo-social', source: 'mic' }));
    expect(await seenByKela).toMatchObject({ userId: 'demo-social', source: 'mic', byModerator: true });
    await seenBySocial;

    // Not locked: the participant unmutes themselves.
    const resumed = waitFor(chair.socket, 'media:producer-resumed', (p) => p.producerId === micId);
    await ok(send(social.socket, 'media:resume-producer', { roomId: ROOM, producerId: micId }));
    await resumed;

    const state = waitFor(social.socket, 'media:state');
    await ok(send(chair.socket, 'media:lock-unmute', { roomId: ROOM, isLocked: true }));
    expect(await state).toEqual({ roomId: ROOM, isUnmuteLocked: true });
    const muted = await ok(
      send(chair.socket, 'media:mute-all', { roomId: ROOM, exceptUserIds: ['demo-chair'] }),
    );
    expect(muted.mutedCount).toBe(1);
    expect(
      await send(social.socket, 'media:resume-producer', { roomId: ROOM, producerId: micId }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { reason: 'UNMUTE_LOCKED' } },
    });
    // While locked a participant's new mic may only start paused.
    const kelaSend = await transport(kela.socket, 'send');
    const produceMic = (isPaused: boolean) =>
      send(kela.socket, 'media:produce', {
        roomId: ROOM,
        transportId: kelaSend,
        kind: 'audio',
        source: 'mic',
        rtpParameters: micRtp(),
        isPaused,
      });
    expect(await produceMic(false)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { reason: 'UNMUTE_LOCKED' } },
    });
    expect((await produceMic(true)).ok).toBe(true);
    const rejoined = await inCall('demo.nurse');
    expect(rejoined.joined.isUnmuteLocked).toBe(true);
  });

  it('[MW4] two simultaneous joins make one router; leaving and disconnecting close the peer', async () => {
    const [a, b] = await Promise.all([socketOf('demo.chair'), socketOf('demo.social')]);
    const [ja, jb] = await Promise.all([
      send(a, 'media:join', { roomId: ROOM }),
      send(b, 'media:join', { roomId: ROOM }),
    ]);
    expect(ja.ok && jb.ok).toBe(true);
    expect(await media.status(ROOM)).toMatchObject({ roomRouters: 1 });

    const micId = await produce(b, 'mic');
    const gone = waitFor(a, 'media:producer-closed', (p) => p.producerId === micId);
    b.close();
    await gone;

    const camId = await produce(a, 'camera');
    const watcher = await inCall('demo.kela');
    const left = waitFor(watcher.socket, 'media:producer-closed', (p) => p.producerId === camId);
    await ok(send(a, 'room:join', { roomId: ROOM }));
    await ok(send(a, 'room:leave', { roomId: ROOM }));
    await left;
  });

  it('[MW5] a grant for room A is refused for room B; a forged grant and a link without the token are refused', async () => {
    const link = await media.link();
    const grant: MediaGrant = {
      roomId: 'demo-ppt' as MediaGrant['roomId'],
      userId: 'demo-chair' as MediaGrant['userId'],
      peerId: 'peer-x',
      role: 'moderator',
      exp: Date.now() + 30_000,
    };
    const token = await mediaGrants(media.secret).mint(grant);
    const otherRoom = await link.request({
      method: 'media:join',
      roomId: 'demo-kela-hour' as MediaGrant['roomId'],
      peerId: 'peer-x',
      grant: token,
      data: { roomId: 'demo-kela-hour' },
    });
    expect(otherRoom).toEqual({ ok: false, error: { code: 'FORBIDDEN', reason: 'WRONG_ROOM' } });
    const forged = await link.request({
      method: 'media:mute-all',
      roomId: grant.roomId,
      peerId: 'peer-x',
      grant: await mediaGrants('not-the-media-secret').mint(grant),
      data: { roomId: 'demo-ppt', exceptUserIds: [] },
    });
    expect(forged).toEqual({ ok: false, error: { code: 'FORBIDDEN', reason: 'BAD_SIGNATURE' } });
    const mismatched = await link.request({
      method: 'media:join',
      roomId: grant.roomId,
      peerId: 'peer-x',
      grant: token,
      data: { roomId: 'demo-kela-hour' },
    });
    expect(mismatched).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const good = await link.request({
      method: 'media:join',
      roomId: grant.roomId,
      peerId: 'peer-x',
      grant: token,
      data: { roomId: 'demo-ppt' },
    });
    expect(good.ok).toBe(true);
    await link.request({ method: 'media:close-peer', peerId: 'peer-x', data: {} });

    const { io } = await import('socket.io-client');
    const intruder = io(media.url, {
      auth: { token: 'guess' },
      transports: ['websocket'],
      reconnection: false,
    });
    await expect(
      new Promise((resolve, reject) => {
        intruder.once('connect', () => resolve('connected'));
        intruder.once('connect_error', reject);
      }),
    ).rejects.toThrow();
    intruder.close();
  });

  it('[MW6] a killed worker: peers get media:restart, and joining again works', async () => {
    const chair = await inCall('demo.chair');
    await produce(chair.socket, 'mic');
    const status = await media.status(ROOM);
    const pid = status.roomWorkerPids?.[0];
    expect(pid).toBeTypeOf('number');
    const restart = waitFor(chair.socket, 'media:restart', undefined, 10_000);
    process.kill(pid!, 'SIGKILL');
    expect(await restart).toEqual({ roomId: ROOM, reason: 'WORKER_DIED' });
    const again = await inCall('demo.chair', chair.socket);
    expect(again.joined.producers).toEqual([]);
    await produce(chair.socket, 'mic');
    const after = await media.status(ROOM);
    expect(after.workerPids).not.toContain(pid);
  });

  it('[MW7] the server reports media ready', async () => {
    const res = await fetch(`${server.url}/readyz`);
    expect(await res.json()).toMatchObject({ status: 'ready', media: 'ready' });
  });
});

describe.skipIf(!hasWorker)('media across workers', () => {
  let wide: TestMedia;
  beforeAll(async () => {
    wide = await startTestMedia({ workers: 2, maxPeersPerRouter: 1 });
    server = await startTestServer({ media: wide });
  });
  afterAll(async () => {
    for (const s of sockets.splice(0)) s.close();
    await server.close();
    await wide.stop();
  });

  it('[MW8] past MEDIA_MAX_PEERS_PER_ROUTER a second router on another worker takes peers; producers are piped', async () => {
    const chair = await inCall('demo.chair');
    const social = await inCall('demo.social');
    const status = await wide.status(ROOM);
    expect(status.roomRouters).toBe(2);
    expect(new Set(status.roomWorkerPids).size).toBe(2);

    const micId = await produce(chair.socket, 'mic');
    await transport(social.socket, 'recv');
    const consumed = await ok(
      send(social.socket, 'media:consume', {
        roomId: ROOM,
        producerId: micId,
        rtpCapabilities: social.joined.routerRtpCapabilities,
      }),
    );
    expect(consumed.producerId).toBe(micId);
    expect((await wide.status(ROOM)).pipes).toBe(1);
    // A moderator's mute reaches the consumer on the other worker's router.
    const paused = waitFor(social.socket, 'media:producer-paused', (p) => p.producerId === micId);
    await ok(send(chair.socket, 'media:mute', { roomId: ROOM, userId: 'demo-chair', source: 'mic' }));
    await paused;
  });
});
