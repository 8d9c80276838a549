import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect, login, send, type TestSocket } from '../support/clients.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// Everything here is decided by the server before the media process is asked, so it runs without a worker.
// Nothing here changes the server's state, so the file shares one server (the refusals are many).
let server: TestServer;
const sockets: TestSocket[] = [];
const cookies = new Map<string, string>();

async function as(username: string): Promise<TestSocket> {
  const cookie = cookies.get(username) ?? (await login(server.url, username, server.demoPassword));
  cookies.set(username, cookie);
  const socket = await connect(server.url, cookie);
  sockets.push(socket);
  return socket;
}

beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => {
  for (const s of sockets.splice(0)) s.close();
});
afterAll(async () => {
  await server.close();
});

describe('media signalling without a media process', () => {
  it('[MS1] media:join answers UNAVAILABLE with reason NO_WORKER; /readyz says media degraded, still 200', async () => {
    const chair = await as('demo.chair');
    const ack = await send(chair, 'media:join', { roomId: 'demo-ppt' });
    expect(ack).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', details: { reason: 'NO_WORKER' } },
    });
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ready', media: 'degraded', mediaReason: 'NO_WORKER' });
  });

  it.each([
    ['media:join', { roomId: 'demo ppt' }],
    ['media:create-transport', { roomId: 'demo-ppt', direction: 'sideways' }],
    [
      'media:connect-transport',
      { roomId: 'demo-ppt', transportId: 't', dtlsParameters: { fingerprints: [] } },
    ],
    [
      'media:produce',
      { roomId: 'demo-ppt', transportId: 't', kind: 'audio', source: 'tv', rtpParameters: {} },
    ],
    ['media:consume', { roomId: 'demo-ppt', producerId: 'p', rtpCapabilities: 'all' }],
    ['media:resume-consumer', { roomId: 'demo-ppt' }],
    ['media:pause-consumer', { roomId: 'demo-ppt', consumerId: '' }],
    ['media:set-preferred-layers', { roomId: 'demo-ppt', consumerId: 'c', spatialLayer: 3 }],
    ['media:pause-producer', { roomId: 'demo-ppt', producerId: 7 }],
    ['media:resume-producer', {}],
    ['media:close-producer', { producerId: 'p' }],
    ['media:restart-ice', { roomId: 'demo-ppt' }],
    ['media:leave', null],
    ['media:mute', { roomId: 'demo-ppt', userId: 'demo-social', source: 'voice' }],
    ['media:mute-all', { roomId: 'demo-ppt', exceptUserIds: Array.from({ length: 51 }, (_, i) => `u${i}`) }],
    ['media:lock-unmute', { roomId: 'demo-ppt', isLocked: 'yes' }],
  ] as const)('[MS2] %s refuses a bad payload with VALIDATION', async (name, payload) => {
    const chair = await as('demo.chair');
    const ack = await send(chair, name, payload);
    expect(ack).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it.each([
    ['media:mute', { roomId: 'demo-ppt', userId: 'demo-chair', source: 'mic' }],
    ['media:mute-all', { roomId: 'demo-ppt', exceptUserIds: [] }],
    ['media:lock-unmute', { roomId: 'demo-ppt', isLocked: true }],
  ] as const)('[MS3] a participant sending %s gets FORBIDDEN', async (name, payload) => {
    const participant = await as('demo.social');
    const ack = await send(participant, name, payload);
    expect(ack).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('[MS4] someone who is not a member of an e-consultation cannot join its call; an unknown room is NOT_FOUND', async () => {
    const kela = await as('demo.kela');
    expect(await send(kela, 'media:join', { roomId: 'demo-econsult' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await send(kela, 'media:create-transport', { roomId: 'demo-econsult', direction: 'send' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await send(kela, 'media:join', { roomId: 'no-such-room' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
