import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CreateInvitationResponse, InvitationPreview, Me } from '@konsiili/shared';
import type { Clock } from '../../server/src/platform/clock.ts';
import { connect, login, send, waitFor } from '../support/clients.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let now = new Date('2026-11-25T08:00:00Z');
const clock: Clock = { now: () => now };

beforeEach(async () => {
  now = new Date('2026-11-25T08:00:00Z');
  server = await startTestServer({ clock });
});
afterEach(async () => {
  await server.close();
});

async function invite(cookie: string, body: unknown): Promise<Response> {
  return fetch(`${server.url}/api/rooms/demo-ppt/invitations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
}

async function accept(token: string, body: unknown, cookie?: string): Promise<Response> {
  return fetch(`${server.url}/api/invitations/${token}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

describe('invitation links', () => {
  it('[I1] the chair invites a Kela liaison; the guest joins that room and no other', async () => {
    const chair = await login(server.url, 'demo.chair', server.demoPassword);
    const created = await invite(chair, { role: 'kela_liaison', ttlHours: 2 });
    expect(created.status).toBe(201);
    const { token, url } = CreateInvitationResponse.parse(await created.json());
    expect(url).toContain(`/invite/${token}`);

    const preview = InvitationPreview.parse(
      await (await fetch(`${server.url}/api/invitations/${token}`)).json(),
    );
    expect(preview).toMatchObject({ roomKind: 'ppt_session', role: 'kela_liaison' });

    const accepted = await accept(token, {
      displayName: 'Kela Vieras',
      profession: 'Kelan yhteyshenkilö',
      serviceId: 'kela',
    });
    expect(accepted.status).toBe(200);
    expect(Me.parse(await accepted.json()).user.roles).toEqual(['guest']);
    const guestCookie = (accepted.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    const guest = await connect(server.url, guestCookie);
    const chairSocket = await connect(server.url, chair);
    try {
      // The guest waits in the lobby until the chair admits them.
      expect(await send(guest, 'room:join', { roomId: 'demo-ppt' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', details: { reason: 'LOBBY' } },
      });
      await send(chairSocket, 'room:join', { roomId: 'demo-ppt' });
      const waiting = waitFor(chairSocket, 'lobby:updated', (p) => p.waiting.length === 1);
      expect(await send(guest, 'lobby:knock', { roomId: 'demo-ppt' })).toEqual({
        ok: true,
        data: { status: 'waiting' },
      });
      const entry = (await waiting).waiting[0];
      expect(entry).toMatchObject({ displayName: 'Kela Vieras', role: 'kela_liaison', serviceId: 'kela' });
      const admitted = waitFor(guest, 'lobby:admitted');
      await send(chairSocket, 'lobby:admit', { roomId: 'demo-ppt', userId: entry?.userId });
      await admitted;

      expect(await send(guest, 'room:join', { roomId: 'demo-ppt' })).toMatchObject({
        ok: true,
        data: { me: { role: 'kela_liaison' } },
      });
      expect(await send(guest, 'room:join', { roomId: 'demo-kela-hour' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      const home = await fetch(`${server.url}/api/home`, { headers: { cookie: guestCookie } });
      expect(((await home.json()) as { sessions: { id: string }[] }).sessions.map((s) => s.id)).toEqual([
        'demo-ppt',
      ]);
    } finally {
      guest.close();
      chairSocket.close();
    }
  });

  it('[I2] a participant may not create invitations', async () => {
    const social = await login(server.url, 'demo.social', server.demoPassword);
    const res = await invite(social, { role: 'guest' });
    expect(res.status).toBe(403);
  });

  it('[I3] an invitation may not grant the chair', async () => {
    const chair = await login(server.url, 'demo.chair', server.demoPassword);
    const res = await invite(chair, { role: 'chair' });
    expect(res.status).toBe(400);
  });

  it('[I4] a tampered token is refused', async () => {
    const chair = await login(server.url, 'demo.chair', server.demoPassword);
    const { token } = CreateInvitationResponse.parse(await (await invite(chair, { role: 'guest' })).json());
    const [body, mac] = token.split('.');
    const forgedBody = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body ?? '', 'base64url').toString()), role: 'chair' }),
    ).toString('base64url');
    const res = await accept(`${forgedBody}.${mac ?? ''}`, { displayName: 'X', profession: 'Y' });
    expect(res.status).toBe(404);
  });

  it('[I5] an expired invitation is refused', async () => {
    const chair = await login(server.url, 'demo.chair', server.demoPassword);
    const { token } = CreateInvitationResponse.parse(
      await (await invite(chair, { role: 'guest', ttlHours: 1 })).json(),
    );
    now = new Date(now.getTime() + 61 * 60_000);
    expect((await fetch(`${server.url}/api/invitations/${token}`)).status).toBe(404);
    expect((await accept(token, { displayName: 'X', profession: 'Y' })).status).toBe(404);
  });
});
