import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Consult,
  ConsultCallResponse,
  ConsultFigures,
  ConsultList,
  NotificationList,
} from '@konsiili/shared';
import { api } from '../support/api.ts';
import { connect, login, waitFor, type TestSocket } from '../support/clients.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
const sockets: TestSocket[] = [];
const cookies: Record<string, string> = {};
const as = (who: string) => cookies[who] ?? '';

beforeEach(async () => {
  server = await startTestServer();
  for (const who of ['nurse', 'social', 'chair', 'kela', 'admin']) {
    cookies[who] = await login(server.url, `demo.${who}`, server.demoPassword);
  }
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await server.close();
});

async function socketOf(who: string): Promise<TestSocket> {
  const socket = await connect(server.url, as(who));
  sockets.push(socket);
  return socket;
}

const REQUEST = {
  targetId: 'adult-social-work',
  urgency: '3d',
  question: 'Miten tukea asiakasta asumisen kanssa?',
  caseSummary: 'Keski-ikäinen asiakas, vuokrarästejä.',
};

async function create(who = 'nurse', body: unknown = REQUEST): Promise<Consult> {
  const res = await api<Consult>(server.url, as(who), 'POST', '/consults', body);
  expect(res.status).toBe(201);
  return res.body;
}

const act = (who: string, id: string, body: unknown) =>
  api<Consult & { code?: string }>(server.url, as(who), 'POST', `/consults/${id}/actions`, body);

describe('e-consultation requests', () => {
  it('a request tells the pool in realtime; the first to accept owns it, the second gets CONFLICT', async () => {
    const social = await socketOf('social');
    const nurseSocket = await socketOf('nurse');
    const told = waitFor(social, 'notification:new');
    const consult = await create();
    expect(consult).toMatchObject({ state: 'new', isIdentified: false, hasClientReference: false });
    expect(Date.parse(consult.dueAt)).toBeGreaterThan(Date.parse(consult.createdAt));
    const { notification, unreadCount } = await told;
    expect(notification).toMatchObject({ kind: 'consult_new', consultId: consult.id, isRead: false });
    expect(unreadCount).toBe(1);

    const pool = await api<ConsultList>(server.url, as('social'), 'GET', '/consults?box=pool');
    expect(pool.body.consults.map((c) => c.id)).toEqual([consult.id]);

    const accepted = waitFor(nurseSocket, 'consult:updated', (p) => p.consult.state === 'accepted');
    const first = await act('social', consult.id, { action: 'accept' });
    expect(first.body).toMatchObject({ state: 'accepted', ownerId: 'demo-social' });
    expect((await accepted).consult.ownerId).toBe('demo-social');
    expect((await act('chair', consult.id, { action: 'accept' })).body).toMatchObject({ code: 'CONFLICT' });

    const owned = await api<ConsultList>(server.url, as('social'), 'GET', '/consults?box=owned');
    expect(owned.body.consults.map((c) => c.id)).toEqual([consult.id]);
  });

  it('runs request → accept → more information ↔ provided → answer → close with an outcome', async () => {
    const consult = await create();
    await act('social', consult.id, { action: 'accept' });
    expect(
      (await act('social', consult.id, { action: 'request_info', message: 'Onko asiakkaalla edunvalvoja?' }))
        .body.state,
    ).toBe('info_requested');
    expect((await act('social', consult.id, { action: 'answer', answer: 'x' })).body).toMatchObject({
      code: 'CONFLICT',
    });
    expect((await act('nurse', consult.id, { action: 'provide_info', message: 'Ei ole.' })).body.state).toBe(
      'accepted',
    );
    expect((await act('nurse', consult.id, { action: 'answer', answer: 'x' })).body).toMatchObject({
      code: 'FORBIDDEN',
    });
    const answered = await act('social', consult.id, {
      action: 'answer',
      answer: 'Ohjaa aikuissosiaalityöhön.',
    });
    expect(answered.body.state).toBe('answered');
    const closed = await act('nurse', consult.id, {
      action: 'close',
      outcome: { kind: 'referral_recommended', referralTeam: 'Aikuissosiaalityön tiimi' },
    });
    expect(closed.body).toMatchObject({ state: 'closed', outcome: { kind: 'referral_recommended' } });
    expect(closed.body.history.map((h) => h.action)).toEqual([
      'create',
      'accept',
      'request_info',
      'provide_info',
      'answer',
      'close',
    ]);
    const notes = await api<NotificationList>(server.url, as('nurse'), 'GET', '/notifications');
    expect(notes.body.notifications.map((n) => n.kind)).toEqual([
      'consult_answered',
      'consult_info_requested',
      'consult_accepted',
    ]);
    expect(notes.body.unreadCount).toBe(3);
    const read = await api<{ unreadCount: number }>(server.url, as('nurse'), 'POST', '/notifications/read', {
      all: true,
    });
    expect(read.body.unreadCount).toBe(0);
    expect((await api(server.url, as('nurse'), 'POST', '/notifications/read', {})).status).toBe(400);
  });

  it('a requester cannot accept their own request; release and reassign stay within the pool', async () => {
    const consult = await create('chair');
    expect((await act('chair', consult.id, { action: 'accept' })).body).toMatchObject({ code: 'FORBIDDEN' });
    await act('social', consult.id, { action: 'accept' });
    expect(
      (await act('social', consult.id, { action: 'reassign', toUserId: 'demo-nurse' })).body,
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await act('social', consult.id, { action: 'release' })).body).toMatchObject({ state: 'new' });
    // No longer the owner: only the pool lead may release, and a new request has nothing to release.
    expect((await act('social', consult.id, { action: 'release' })).body).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await act('chair', consult.id, { action: 'release' })).body).toMatchObject({ code: 'CONFLICT' });
  });

  it('the pool lead sees all of the pool and may reassign; others of the organisation may not look', async () => {
    const consult = await create('nurse');
    await act('social', consult.id, { action: 'accept' });
    const all = await api<ConsultList>(server.url, as('chair'), 'GET', '/consults?box=all');
    expect(all.body.consults.map((c) => c.id)).toEqual([consult.id]);
    expect((await api(server.url, as('nurse'), 'GET', '/consults?box=all')).status).toBe(403);
    expect((await api(server.url, as('kela'), 'GET', `/consults/${consult.id}`)).status).toBe(403);
    expect((await api(server.url, as('admin'), 'GET', `/consults/${consult.id}`)).status).toBe(200);
    const reassigned = await act('chair', consult.id, { action: 'reassign', toUserId: 'demo-chair' });
    expect(reassigned.body).toMatchObject({ ownerId: 'demo-chair', state: 'accepted' });
  });

  it('refuses bad input with VALIDATION', async () => {
    const bad = [
      { ...REQUEST, question: '' },
      { ...REQUEST, urgency: 'tomorrow' },
      { ...REQUEST, identification: { clientReference: 'X-1' } },
      {
        ...REQUEST,
        identification: {
          clientReference: 'X-1',
          consent: { givenBy: 'neighbour', givenOn: '2026-01-01', scope: 's' },
        },
      },
    ];
    for (const body of bad) {
      expect((await api(server.url, as('nurse'), 'POST', '/consults', body)).body).toMatchObject({
        code: 'VALIDATION',
      });
    }
    expect(
      (await api(server.url, as('nurse'), 'POST', '/consults', { ...REQUEST, targetId: 'nope' })).status,
    ).toBe(404);
    const consult = await create();
    expect((await act('social', consult.id, { action: 'fly' })).status).toBe(400);
    expect((await act('social', consult.id, { action: 'answer' })).status).toBe(400);
    expect((await api(server.url, as('nurse'), 'GET', '/consults?box=everything')).status).toBe(400);
    expect((await api(server.url, as('nurse'), 'GET', '/consults/bad%20id')).status).toBe(400);
    expect((await api(server.url, '', 'POST', '/consults', REQUEST)).status).toBe(401);
  });

  it('free text passes the guard before it is stored', async () => {
    const consult = await create('nurse', {
      ...REQUEST,
      caseSummary: 'Asiakas, puh. 040 1234567, asuu yksin.',
    });
    expect(consult.caseSummary).not.toContain('1234567');
  });

  it('call now: the two parties open one call room and may invite one more person', async () => {
    const consult = await create();
    expect(
      (await api(server.url, as('nurse'), 'POST', `/consults/${consult.id}/call`, {})).body,
    ).toMatchObject({
      code: 'CONFLICT',
    });
    await act('social', consult.id, { action: 'accept' });
    expect((await api(server.url, as('kela'), 'POST', `/consults/${consult.id}/call`, {})).status).toBe(403);
    expect(
      (
        await api(server.url, as('nurse'), 'POST', `/consults/${consult.id}/call`, {
          inviteUserIds: ['demo-kela', 'demo-chair'],
        })
      ).status,
    ).toBe(400);
    const call = await api<ConsultCallResponse>(
      server.url,
      as('nurse'),
      'POST',
      `/consults/${consult.id}/call`,
      {
        inviteUserIds: ['demo-kela'],
      },
    );
    expect(call.status).toBe(200);
    const again = await api<ConsultCallResponse>(
      server.url,
      as('social'),
      'POST',
      `/consults/${consult.id}/call`,
      {},
    );
    expect(again.body.roomId).toBe(call.body.roomId);
    const members = await server.store.rooms.listMembers(call.body.roomId);
    expect(members.map((m) => [m.userId, m.role])).toEqual([
      ['demo-nurse', 'owner'],
      ['demo-social', 'participant'],
      ['demo-kela', 'participant'],
    ]);
  });

  it('figures per target and month for leads and staff, and a CSV with a BOM', async () => {
    const consult = await create();
    await act('social', consult.id, { action: 'accept' });
    await act('social', consult.id, { action: 'answer', answer: 'Vastaus.' });
    const month = consult.createdAt.slice(0, 7);
    const figures = await api<ConsultFigures>(
      server.url,
      as('chair'),
      'GET',
      `/consults/figures?month=${month}`,
    );
    expect(figures.status).toBe(200);
    expect(figures.body.rows.find((r) => r.targetId === 'adult-social-work')).toMatchObject({
      requests: 1,
      answeredWithinDueShare: 1,
    });
    expect((await api(server.url, as('nurse'), 'GET', `/consults/figures?month=${month}`)).status).toBe(403);
    expect((await api(server.url, as('admin'), 'GET', '/consults/figures?month=2026-13')).status).toBe(400);
    const csv = await fetch(`${server.url}/api/consults/figures.csv?month=${month}`, {
      headers: { cookie: as('admin') },
    });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Aikuissosiaalityö');
  });
});
