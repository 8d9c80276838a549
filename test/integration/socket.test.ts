import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, login, send, waitFor, type TestSocket } from '../support/clients.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
const sockets: TestSocket[] = [];

async function as(username: string): Promise<TestSocket> {
  const socket = await connect(server.url, await login(server.url, username, server.demoPassword));
  sockets.push(socket);
  return socket;
}

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await server.close();
});

describe('socket handshake', () => {
  it('[S1] an unauthenticated socket is refused with UNAUTHENTICATED', async () => {
    const error = await connect(server.url).then(
      () => undefined,
      (err: unknown) => err as Error & { data?: { code?: string } },
    );
    expect(error?.data?.code).toBe('UNAUTHENTICATED');
  });

  it('[S2] a forged cookie is refused', async () => {
    const error = await connect(server.url, 'konsiili_sid=forged').then(
      () => undefined,
      (err: unknown) => err as Error & { data?: { code?: string } },
    );
    expect(error?.data?.code).toBe('UNAUTHENTICATED');
  });
});

describe('commands', () => {
  it('[S3] a malformed payload gets VALIDATION with the failing path and the connection keeps working', async () => {
    const chair = await as('demo.chair');
    const bad = await send(chair, 'room:join', { roomId: 42 });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('VALIDATION');
    expect(bad.error.details?.issues?.[0]?.path).toEqual(['roomId']);

    const nothing = await send(chair, 'room:join', undefined);
    expect(nothing.ok).toBe(false);

    const good = await send(chair, 'room:join', { roomId: 'demo-ppt' });
    expect(good.ok).toBe(true);
    expect(chair.connected).toBe(true);
  });

  it('[S4] joining answers a snapshot and announces presence to the others', async () => {
    const chair = await as('demo.chair');
    await send(chair, 'room:join', { roomId: 'demo-ppt' });
    const nurse = await as('demo.nurse');
    const seen = waitFor(
      chair,
      'room:presence',
      (p) => p.member.userId === 'demo-nurse' && p.member.isOnline,
    );
    const joined = await send(nurse, 'room:join', { roomId: 'demo-ppt' });
    expect(joined.ok).toBe(true);
    if (!joined.ok) return;
    expect(joined.data.me.role).toBe('deputy_chair');
    expect(joined.data.members.find((m) => m.userId === 'demo-chair')?.isOnline).toBe(true);
    await seen;

    const gone = waitFor(
      chair,
      'room:presence',
      (p) => p.member.userId === 'demo-nurse' && !p.member.isOnline,
    );
    nurse.close();
    await gone;
  });

  it('[S5] a participant changing a role gets FORBIDDEN; the chair may', async () => {
    const social = await as('demo.social');
    const chair = await as('demo.chair');
    await send(chair, 'room:join', { roomId: 'demo-ppt' });
    const denied = await send(social, 'room:set-role', {
      roomId: 'demo-ppt',
      userId: 'demo-kela',
      role: 'chair',
    });
    expect(denied).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const updated = waitFor(chair, 'room:member-updated', (p) => p.member.userId === 'demo-kela');
    const allowed = await send(chair, 'room:set-role', {
      roomId: 'demo-ppt',
      userId: 'demo-kela',
      role: 'kela_liaison',
    });
    expect(allowed).toMatchObject({ ok: true, data: { role: 'kela_liaison' } });
    expect((await updated).member.role).toBe('kela_liaison');
  });

  it('[S6] an unknown room is NOT_FOUND; an e-consultation is closed to non-members', async () => {
    const social = await as('demo.social');
    expect(await send(social, 'room:join', { roomId: 'no-such-room' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await send(social, 'room:join', { roomId: 'demo-econsult' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('[S7] a professional of the organisation may join a PPT session by its link', async () => {
    const admin = await as('demo.admin');
    const joined = await send(admin, 'room:join', { roomId: 'demo-kela-hour' });
    expect(joined).toMatchObject({ ok: true, data: { me: { role: 'participant' } } });
  });

  it('[S8] a flood of commands is answered RATE_LIMITED, not served', async () => {
    const chair = await as('demo.chair');
    const acks = await Promise.all(
      Array.from({ length: 40 }, () => send(chair, 'room:join', { roomId: 'demo-ppt' })),
    );
    const limited = acks.filter((a) => !a.ok && a.error.code === 'RATE_LIMITED');
    expect(limited.length).toBeGreaterThan(0);
    expect(acks.filter((a) => a.ok).length).toBeLessThanOrEqual(30);
  });
});

describe('command arguments', () => {
  type Raw = {
    emit(event: string, ...args: unknown[]): void;
  };

  function emitRaw(socket: TestSocket, event: string, ...args: unknown[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${event}`)), 5000);
      (socket as unknown as Raw).emit(event, ...args, (response: unknown) => {
        clearTimeout(timer);
        resolve(response);
      });
    });
  }

  it('[S9] extra arguments get VALIDATION on the callback, which is always the last argument', async () => {
    const chair = await as('demo.chair');
    expect(await emitRaw(chair, 'room:join', { roomId: 'demo-ppt' }, 'x')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await emitRaw(chair, 'room:join', { roomId: 'demo-ppt' }, 'x', 7)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('[S10] a missing payload or a non-object payload gets VALIDATION', async () => {
    const chair = await as('demo.chair');
    expect(await emitRaw(chair, 'room:join')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await emitRaw(chair, 'room:join', 'demo-ppt')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await emitRaw(chair, 'room:join', { roomId: 'demo-ppt' })).toMatchObject({ ok: true });
  });

  it('[S11] a refused command without a callback is logged, not silently dropped', async () => {
    await server.close();
    const lines: string[] = [];
    server = await startTestServer({ logSink: lines });
    const chair = await as('demo.chair');
    (chair as unknown as Raw).emit('room:join', { roomId: 42 }, 'x');
    const acked = await emitRaw(chair, 'room:join', { roomId: 'demo-ppt' });
    expect(acked).toMatchObject({ ok: true });
    const warning = lines.find((l) => l.includes('without an acknowledgement callback'));
    expect(warning).toBeDefined();
    expect(warning).toContain('"code":"VALIDATION"');
  });
});
