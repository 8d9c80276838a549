import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_CATALOGUE, OrgId, ServiceId, UserId } from '@konsiili/shared';
import { hashPassword } from '../../server/src/auth/password.ts';
import { connect, login, send, waitFor, type TestSocket } from '../support/clients.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
const sockets: TestSocket[] = [];
const OTHER_PASSWORD = 'other-org-password';

async function as(username: string, password = server.demoPassword): Promise<TestSocket> {
  const socket = await connect(server.url, await login(server.url, username, password));
  sockets.push(socket);
  return socket;
}

beforeEach(async () => {
  server = await startTestServer();
  // A professional of a neighbouring county: may knock on a PPT session, never walk in.
  await server.store.organisations.create({
    id: OrgId.parse('other-org'),
    name: 'Naapurialue',
    services: [...DEFAULT_SERVICE_CATALOGUE],
  });
  await server.store.users.create({
    id: UserId.parse('other-pro'),
    orgId: OrgId.parse('other-org'),
    username: 'other.pro',
    passwordHash: await hashPassword(OTHER_PASSWORD),
    displayName: 'Naapurin Ammattilainen',
    profession: 'Fysioterapeutti',
    services: [ServiceId.parse('rehabilitation')],
    roles: ['professional'],
    createdAt: new Date().toISOString(),
  });
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await server.close();
});

describe('lobby', () => {
  it('[LB5] a professional of another organisation waits; nothing of the room is reachable before admission', async () => {
    const other = await as('other.pro', OTHER_PASSWORD);
    const chair = await as('demo.chair');
    await send(chair, 'room:join', { roomId: 'demo-ppt' });
    await send(chair, 'chat:send', {
      roomId: 'demo-ppt',
      text: 'Vain jäsenille',
      clientId: 'lobby-test-0001',
    });

    expect(await send(other, 'room:join', { roomId: 'demo-ppt' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const seen = waitFor(chair, 'lobby:updated', (p) => p.waiting.some((w) => w.userId === 'other-pro'));
    expect(await send(other, 'lobby:knock', { roomId: 'demo-ppt' })).toEqual({
      ok: true,
      data: { status: 'waiting' },
    });
    expect((await seen).waiting[0]).toMatchObject({
      fromOrganisation: 'Naapurialue',
      profession: 'Fysioterapeutti',
      role: 'participant',
    });

    for (const [event, payload] of [
      ['room:join', { roomId: 'demo-ppt' }],
      ['chat:history', { roomId: 'demo-ppt' }],
      ['chat:send', { roomId: 'demo-ppt', text: 'hei', clientId: 'lobby-test-0002' }],
      ['queue:sync', { roomId: 'demo-ppt' }],
      ['lobby:list', { roomId: 'demo-ppt' }],
    ] as const) {
      const ack = await send(other, event, payload);
      expect(ack.ok, event).toBe(false);
    }
    // What they wait for (title, time, the role they will get) is visible; the room's state is not.
    const otherCookie = await login(server.url, 'other.pro', OTHER_PASSWORD);
    const door = await fetch(`${server.url}/api/rooms/demo-ppt`, { headers: { cookie: otherCookie } });
    expect(door.status).toBe(200);
    const doorBody = (await door.json()) as Record<string, unknown>;
    expect(doorBody).toMatchObject({ id: 'demo-ppt', myRole: 'participant' });
    expect(doorBody.createdBy).toBeUndefined();
    expect(doorBody.createdAt).toBeUndefined();
    const summary = await fetch(`${server.url}/api/sessions/demo-ppt/summary`, {
      headers: { cookie: otherCookie },
    });
    expect(summary.status).not.toBe(200);
    // Somebody of another organisation with no business here is refused outright on an e-consultation.
    const consult = await fetch(`${server.url}/api/rooms/demo-econsult`, {
      headers: { cookie: otherCookie },
    });
    expect(consult.status).toBe(403);
  });

  it('[LB6] only moderators list, admit or decline; a declined person is told and stays out', async () => {
    const other = await as('other.pro', OTHER_PASSWORD);
    const social = await as('demo.social');
    const chair = await as('demo.chair');
    await send(other, 'lobby:knock', { roomId: 'demo-ppt' });

    expect(await send(social, 'lobby:list', { roomId: 'demo-ppt' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await send(social, 'lobby:admit', { roomId: 'demo-ppt', userId: 'other-pro' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await send(social, 'lobby:decline', { roomId: 'demo-ppt', userId: 'other-pro' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    const list = await send(chair, 'lobby:list', { roomId: 'demo-ppt' });
    expect(list.ok && list.data.waiting.map((w) => w.userId)).toEqual(['other-pro']);
    const told = waitFor(other, 'lobby:declined');
    expect(await send(chair, 'lobby:decline', { roomId: 'demo-ppt', userId: 'other-pro' })).toMatchObject({
      ok: true,
      data: { waiting: [] },
    });
    await told;
    expect(await send(other, 'lobby:knock', { roomId: 'demo-ppt' })).toEqual({
      ok: true,
      data: { status: 'declined' },
    });
    expect(await send(other, 'room:join', { roomId: 'demo-ppt' })).toMatchObject({ ok: false });
  });

  it('[LB7] organisation members walk in unless the series says they wait', async () => {
    const admin = await login(server.url, 'demo.admin', server.demoPassword);
    const created = await fetch(`${server.url}/api/series`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin },
      body: JSON.stringify({
        id: 'closed-door',
        centreName: 'Suljetun oven keskus',
        weekday: 5,
        startTime: '09:00',
        firstDate: '2026-11-27',
        chairId: 'demo-chair',
        membersSkipLobby: false,
      }),
    });
    expect(created.status).toBe(201);
    const social = await as('demo.social');
    const roomId = 'ppt-closed-door-20261127';
    expect(await send(social, 'lobby:knock', { roomId })).toEqual({ ok: true, data: { status: 'waiting' } });
    expect(await send(social, 'room:join', { roomId })).toMatchObject({
      ok: false,
      error: { details: { reason: 'LOBBY' } },
    });
    // In an ordinary series (the demo one) members skip the lobby.
    expect(await send(social, 'lobby:knock', { roomId: 'demo-kela-hour' })).toEqual({
      ok: true,
      data: { status: 'admitted' },
    });
  });
});
