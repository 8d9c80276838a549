import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Ack,
  CommandName,
  CommandResult,
  QueueSnapshot,
  SeriesDetail,
  SessionSummary,
} from '@konsiili/shared';
import { connect, login, send, waitFor, type TestSocket } from '../support/clients.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
const sockets: TestSocket[] = [];
const cookies = new Map<string, string>();

async function cookieOf(username: string): Promise<string> {
  const known = cookies.get(username);
  if (known) return known;
  const cookie = await login(server.url, username, server.demoPassword);
  cookies.set(username, cookie);
  return cookie;
}

async function as(username: string): Promise<TestSocket> {
  const socket = await connect(server.url, await cookieOf(username));
  sockets.push(socket);
  return socket;
}

async function api(username: string, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${server.url}/api${path}`, {
    method,
    redirect: 'manual',
    headers: {
      cookie: await cookieOf(username),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

function data<K extends CommandName>(ack: Ack<CommandResult<K>>): CommandResult<K> {
  if (!ack.ok) throw new Error(`command refused: ${ack.error.code} ${ack.error.details?.reason ?? ''}`);
  return ack.data;
}

async function ok<K extends CommandName>(
  socket: TestSocket,
  name: K,
  payload: unknown,
): Promise<CommandResult<K>> {
  return data(await send(socket, name, payload));
}

async function refused(socket: TestSocket, name: CommandName, payload: unknown): Promise<string> {
  const ack = await send(socket, name, payload);
  if (ack.ok) throw new Error(`${name} was accepted`);
  return ack.error.code;
}

/** The demo series' next occurrence, as the series page lists it. */
async function demoRoomIds(): Promise<[string, string]> {
  const res = await api('demo.admin', 'GET', '/series/demo-keskusta?count=2');
  const detail = (await res.json()) as SeriesDetail;
  const [first, second] = detail.upcoming;
  if (!first || !second) throw new Error('no upcoming occurrences');
  return [first.roomId, second.roomId];
}

let roomId = '';
let nextRoomId = '';
let chair: TestSocket;
let social: TestSocket;
let kela: TestSocket;

async function enter(socket: TestSocket, serviceId: string): Promise<QueueSnapshot> {
  await ok(socket, 'room:join', { roomId });
  return ok(socket, 'session:enter', {
    roomId,
    displayName: 'Testi',
    profession: 'Ammattilainen',
    serviceId,
  });
}

beforeEach(async () => {
  server = await startTestServer();
  [roomId, nextRoomId] = await demoRoomIds();
  chair = await as('demo.chair');
  social = await as('demo.social');
  kela = await as('demo.kela');
  await enter(chair, 'adult-social-work');
  await enter(social, 'mental-health-substance');
  await enter(kela, 'kela');
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  cookies.clear();
  await server.close();
});

async function stateOf(socket: TestSocket, room = roomId) {
  return (await ok(socket, 'queue:sync', { roomId: room })).state;
}

describe('PPT session over sockets', () => {
  it('[PS1] session:enter acks the snapshot and the chair acts as chair', async () => {
    const snapshot = await ok(social, 'session:enter', {
      roomId,
      displayName: 'Sosiaaliohjaaja',
      profession: 'Sosiaaliohjaaja',
      serviceId: 'mental-health-substance',
    });
    expect(snapshot.state.roomId).toBe(roomId);
    expect(snapshot.state.actingChairId).toBe('demo-chair');
    expect(snapshot.state.presentServices).toEqual(
      expect.arrayContaining(['adult-social-work', 'mental-health-substance', 'kela']),
    );
    expect(await refused(social, 'session:enter', { roomId, displayName: '' })).toBe('VALIDATION');
  });

  it('[PS2] declare: the others receive the new items in fair order; bad payloads are VALIDATION', async () => {
    const seen = waitFor(chair, 'queue:updated', (u) => (u.changes.items?.length ?? 0) === 2);
    await ok(social, 'queue:declare', { roomId, caseCount: 2, topics: ['Asuminen'] });
    const update = await seen;
    expect(update.changes.items?.[0]).toMatchObject({
      presenterId: 'demo-social',
      title: 'Asuminen',
      status: 'queued',
    });
    await ok(kela, 'queue:declare', { roomId, caseCount: 1 });
    const state = await stateOf(chair);
    expect(state.items.map((i) => i.presenterId)).toEqual(['demo-social', 'demo-kela', 'demo-social']);
    expect(await refused(social, 'queue:declare', { roomId, caseCount: 99 })).toBe('VALIDATION');
    expect(await refused(social, 'queue:sync', { roomId: 'bad room' })).toBe('VALIDATION');
  });

  it('[PS3] phenomena and case cards: presenters edit their own, the chair any', async () => {
    const seen = waitFor(
      social,
      'queue:updated',
      (u) => u.changes.items?.some((i) => i.kind === 'phenomenon') ?? false,
    );
    await ok(kela, 'queue:add-phenomenon', { roomId, title: 'Toimeentulotuen käsittelyajat' });
    await seen;
    expect(await refused(kela, 'queue:add-phenomenon', { roomId, title: '' })).toBe('VALIDATION');
    await ok(social, 'queue:declare', { roomId, caseCount: 1 });
    const state = await stateOf(chair);
    const own = state.items.find((i) => i.presenterId === 'demo-social');
    const kelas = state.items.find((i) => i.presenterId === 'demo-kela');
    const edited = waitFor(
      kela,
      'queue:updated',
      (u) => u.changes.items?.some((i) => i.question === 'Mitä tehdä?') ?? false,
    );
    await ok(social, 'queue:edit-item', {
      roomId,
      itemId: own?.id,
      question: 'Mitä tehdä?',
      segment: 'needs-support',
    });
    await edited;
    expect(await refused(social, 'queue:edit-item', { roomId, itemId: kelas?.id, title: 'x' })).toBe(
      'FORBIDDEN',
    );
    await ok(chair, 'queue:edit-item', { roomId, itemId: kelas?.id, title: 'Kelan asia' });
    expect(await refused(chair, 'queue:edit-item', { roomId, itemId: 'x', segment: 'nope' })).toBe(
      'VALIDATION',
    );
  });

  it('[PS4] reorder: chair only, exactly the waiting items', async () => {
    await ok(social, 'queue:declare', { roomId, caseCount: 2 });
    const ids = (await stateOf(chair)).items.map((i) => i.id);
    expect(await refused(social, 'queue:reorder', { roomId, itemIds: [...ids].reverse() })).toBe('FORBIDDEN');
    const seen = waitFor(social, 'queue:updated', (u) => u.changes.isManuallyOrdered === true);
    await ok(chair, 'queue:reorder', { roomId, itemIds: [...ids].reverse() });
    expect((await seen).changes.items?.map((i) => i.id)).toEqual([...ids].reverse());
    expect(await refused(chair, 'queue:reorder', { roomId, itemIds: ids.slice(1) })).toBe('VALIDATION');
    expect(await refused(chair, 'queue:reorder', { roomId, itemIds: 'all' })).toBe('VALIDATION');
  });

  it('[PS5] start, extend, finish: chair only; a second start conflicts', async () => {
    await ok(social, 'queue:declare', { roomId, caseCount: 2 });
    expect(await refused(social, 'queue:start', { roomId })).toBe('FORBIDDEN');
    const started = waitFor(social, 'queue:updated', (u) => u.changes.currentItemId !== undefined);
    await ok(chair, 'queue:start', { roomId });
    const update = await started;
    expect(update.changes.phase).toBe('running');
    const running = update.changes.items?.find((i) => i.status === 'running');
    expect(running?.budgetMs).toBeGreaterThan(0);
    const again = await send(chair, 'queue:start', { roomId });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { reason: 'ITEM_RUNNING' } },
    });

    expect(await refused(kela, 'queue:extend', { roomId, minutes: 5 })).toBe('FORBIDDEN');
    expect(await refused(chair, 'queue:extend', { roomId, minutes: 0 })).toBe('VALIDATION');
    const extended = waitFor(
      kela,
      'queue:updated',
      (u) =>
        u.changes.items?.some(
          (i) => i.id === running?.id && i.budgetMs === (running.budgetMs ?? 0) + 300_000,
        ) ?? false,
    );
    await ok(chair, 'queue:extend', { roomId, minutes: 5 });
    await extended;

    expect(await refused(social, 'queue:finish', { roomId })).toBe('FORBIDDEN');
    expect(await refused(chair, 'queue:finish', { roomId, outcome: { nextSteps: 1 } })).toBe('VALIDATION');
    const finished = waitFor(kela, 'queue:updated', (u) => u.cleared?.includes('currentItemId') ?? false);
    await ok(chair, 'queue:finish', {
      roomId,
      outcome: { nextSteps: 'Yhteinen kotikäynti', serviceIds: ['kela'] },
    });
    const done = (await finished).changes.items?.find((i) => i.id === running?.id);
    expect(done).toMatchObject({ status: 'done', outcome: { nextSteps: 'Yhteinen kotikäynti' } });
  });

  it('[PS6] withdraw: the presenter withdraws their own; others may not', async () => {
    await ok(social, 'queue:declare', { roomId, caseCount: 1 });
    await ok(kela, 'queue:declare', { roomId, caseCount: 1 });
    const items = (await stateOf(chair)).items;
    const socials = items.find((i) => i.presenterId === 'demo-social');
    const kelas = items.find((i) => i.presenterId === 'demo-kela');
    expect(await refused(kela, 'queue:withdraw', { roomId, itemId: socials?.id })).toBe('FORBIDDEN');
    const seen = waitFor(
      kela,
      'queue:updated',
      (u) => u.changes.items?.some((i) => i.status === 'withdrawn') ?? false,
    );
    await ok(social, 'queue:withdraw', { roomId, itemId: socials?.id });
    await seen;
    await ok(chair, 'queue:withdraw', { roomId, itemId: kelas?.id });
    expect(await refused(chair, 'queue:withdraw', { roomId })).toBe('VALIDATION');
  });

  it('[PS7] defer: marked here, first in the next occurrence', async () => {
    await ok(kela, 'queue:declare', { roomId, caseCount: 1 });
    await ok(social, 'queue:declare', { roomId, caseCount: 1, topics: ['Velkaneuvonta'] });
    const socials = (await stateOf(chair)).items.find((i) => i.presenterId === 'demo-social');
    expect(await refused(social, 'queue:defer', { roomId, itemId: socials?.id })).toBe('FORBIDDEN');
    expect(await refused(chair, 'queue:defer', { roomId, itemId: 7 })).toBe('VALIDATION');
    const seen = waitFor(
      kela,
      'queue:updated',
      (u) => u.changes.items?.some((i) => i.status === 'deferred') ?? false,
    );
    await ok(chair, 'queue:defer', { roomId, itemId: socials?.id });
    await seen;

    const next = await as('demo.kela');
    await ok(next, 'room:join', { roomId: nextRoomId });
    await ok(next, 'queue:declare', { roomId: nextRoomId, caseCount: 1 });
    const state = await stateOf(next, nextRoomId);
    expect(state.items[0]).toMatchObject({
      presenterId: 'demo-social',
      title: 'Velkaneuvonta',
      status: 'queued',
      carriedFrom: roomId.slice(-8).replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3'),
    });
    expect(state.items[1]?.presenterId).toBe('demo-kela');
  });

  it('[PS7b] a defer the next occurrence cannot take changes neither occurrence', async () => {
    await ok(social, 'queue:declare', { roomId, caseCount: 1, topics: ['Velkaneuvonta'] });
    const before = await stateOf(chair);
    const item = before.items.find((i) => i.presenterId === 'demo-social');
    // The chair ends the next occurrence ahead of time, so its state refuses a carried case.
    const nextChair = await as('demo.chair');
    await ok(nextChair, 'room:join', { roomId: nextRoomId });
    await ok(nextChair, 'session:end', { roomId: nextRoomId });
    const nextBefore = await stateOf(nextChair, nextRoomId);

    expect(await refused(chair, 'queue:defer', { roomId, itemId: item?.id })).toBe('CONFLICT');
    // Nothing half-done: the case still waits here, and the next occurrence got no copy.
    expect((await stateOf(chair)).items).toEqual(before.items);
    expect(await stateOf(nextChair, nextRoomId)).toEqual(nextBefore);
  });

  it('[PS7c] racing defers and traffic in the next occurrence: each deferred case is carried once', async () => {
    await ok(social, 'queue:declare', { roomId, caseCount: 2, topics: ['Asuminen', 'Toimeentulo'] });
    const [first, second] = (await stateOf(chair)).items.filter((i) => i.presenterId === 'demo-social');
    const nextKela = await as('demo.kela');
    await ok(nextKela, 'room:join', { roomId: nextRoomId });
    const traffic = async () => {
      for (let i = 0; i < 4; i += 1) {
        await send(nextKela, 'queue:raise-hand', { roomId: nextRoomId });
        await send(nextKela, 'queue:lower-hand', { roomId: nextRoomId });
      }
    };
    const [a, b, c] = await Promise.all([
      send(chair, 'queue:defer', { roomId, itemId: first?.id }),
      // The same defer twice, as a retry after a lost ack would send it.
      send(chair, 'queue:defer', { roomId, itemId: first?.id }),
      send(chair, 'queue:defer', { roomId, itemId: second?.id }),
      traffic(),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect(c.ok).toBe(true);

    const here = await stateOf(chair);
    const there = await stateOf(nextKela, nextRoomId);
    for (const item of [first, second]) {
      expect(here.items.find((i) => i.id === item?.id)?.status).toBe('deferred');
      expect(there.items.filter((i) => i.carriedFrom !== undefined && i.title === item?.title)).toHaveLength(
        1,
      );
    }
  });

  it('[PS7d] cancelling the occurrence a case was deferred to carries it on to the one after', async () => {
    await ok(social, 'queue:declare', { roomId, caseCount: 1, topics: ['Velkaneuvonta'] });
    const item = (await stateOf(chair)).items.find((i) => i.presenterId === 'demo-social');
    await ok(chair, 'queue:defer', { roomId, itemId: item?.id });
    const series = async () =>
      ((await (await api('demo.admin', 'GET', '/series/demo-keskusta?count=3')).json()) as SeriesDetail)
        .upcoming;
    const [, next, after] = await series();
    if (!next || !after) throw new Error('no upcoming occurrences');
    expect(next.roomId).toBe(nextRoomId);

    const put = await api('demo.admin', 'PUT', '/series/demo-keskusta/exceptions', {
      exceptions: [{ kind: 'cancelled', date: next.date }],
    });
    expect(put.status).toBe(200);
    const later = await as('demo.kela');
    await ok(later, 'room:join', { roomId: after.roomId });
    const state = await stateOf(later, after.roomId);
    expect(state.items).toEqual([
      expect.objectContaining({
        presenterId: 'demo-social',
        title: 'Velkaneuvonta',
        status: 'queued',
        carriedFrom: roomId.slice(-8).replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3'),
      }),
    ]);
    // Putting the exceptions again (or lifting them) carries nothing twice.
    await api('demo.admin', 'PUT', '/series/demo-keskusta/exceptions', {
      exceptions: [{ kind: 'cancelled', date: next.date }],
    });
    expect((await stateOf(later, after.roomId)).items).toHaveLength(1);
  });

  it('[PS8] hands: order of raising for everyone; chair gives the floor and clears', async () => {
    const raised = waitFor(chair, 'queue:updated', (u) => u.changes.hands?.length === 2);
    await ok(kela, 'queue:raise-hand', { roomId });
    await ok(social, 'queue:raise-hand', { roomId });
    await ok(kela, 'queue:raise-hand', { roomId });
    expect((await raised).changes.hands?.map((h) => h.userId)).toEqual(['demo-kela', 'demo-social']);
    expect((await stateOf(social)).hands.map((h) => h.userId)).toEqual(['demo-kela', 'demo-social']);
    expect(await refused(kela, 'queue:raise-hand', {})).toBe('VALIDATION');

    expect(await refused(kela, 'queue:lower-hand', { roomId, userId: 'demo-social' })).toBe('FORBIDDEN');
    const lowered = waitFor(chair, 'queue:updated', (u) => u.changes.hands?.length === 1);
    await ok(kela, 'queue:lower-hand', { roomId });
    await lowered;
    expect(await refused(kela, 'queue:lower-hand', { roomId, userId: 'bad id!' })).toBe('VALIDATION');

    expect(await refused(kela, 'queue:give-floor', { roomId, userId: 'demo-kela' })).toBe('FORBIDDEN');
    const floor = waitFor(kela, 'queue:updated', (u) => u.changes.floorUserId === 'demo-social');
    await ok(chair, 'queue:give-floor', { roomId, userId: 'demo-social' });
    expect((await floor).changes.hands).toEqual([]);
    expect(await refused(chair, 'queue:give-floor', { roomId })).toBe('VALIDATION');

    await ok(kela, 'queue:raise-hand', { roomId });
    expect(await refused(social, 'queue:clear-hands', { roomId })).toBe('FORBIDDEN');
    const cleared = waitFor(kela, 'queue:updated', (u) => u.changes.hands?.length === 0);
    await ok(chair, 'queue:clear-hands', { roomId });
    await cleared;
    expect(await refused(chair, 'queue:clear-hands', { roomId: 5 })).toBe('VALIDATION');
  });

  it('[PS9] handover: the deputy acts when the chair leaves; the organiser names a chair', async () => {
    const nurse = await as('demo.nurse');
    await enter(nurse, 'health-station');
    const handed = waitFor(social, 'queue:updated', (u) => u.changes.actingChairId === 'demo-nurse');
    chair.close();
    await handed;

    const admin = await as('demo.admin');
    expect(await refused(social, 'session:assign-chair', { roomId, userId: 'demo-kela' })).toBe('FORBIDDEN');
    expect(await refused(admin, 'session:assign-chair', { roomId })).toBe('VALIDATION');
    const roleSeen = waitFor(
      kela,
      'room:member-updated',
      (p) => p.member.userId === 'demo-kela' && p.member.role === 'chair',
    );
    await ok(admin, 'session:assign-chair', { roomId, userId: 'demo-kela' });
    await roleSeen;
    expect((await stateOf(kela)).assignedChairId).toBe('demo-kela');
    const named = waitFor(social, 'queue:updated', (u) => u.changes.actingChairId === 'demo-kela');
    nurse.close();
    await named;
    await ok(kela, 'queue:raise-hand', { roomId });
    await ok(kela, 'queue:clear-hands', { roomId });
  });

  it('[PS10] session:end files the summary; JSON and CSV are readable by members', async () => {
    await ok(social, 'queue:declare', { roomId, caseCount: 1, topics: ['Asuminen, "tuki"'] });
    await ok(chair, 'queue:start', { roomId });
    await ok(chair, 'queue:finish', { roomId });
    expect(await refused(social, 'session:end', { roomId })).toBe('FORBIDDEN');
    expect(await refused(chair, 'session:end', {})).toBe('VALIDATION');
    const ended = waitFor(kela, 'session:ended');
    const summary = await ok(chair, 'session:end', { roomId });
    expect((await ended).summary).toEqual(summary);
    expect(summary).toMatchObject({
      casesDeclared: 1,
      casesHandled: 1,
      participantCount: 3,
      everyDeclaredCaseGotTurn: true,
      servicesMissing: ['health-station'],
    });
    expect(await refused(social, 'queue:raise-hand', { roomId })).toBe('CONFLICT');

    const json = await api('demo.social', 'GET', `/sessions/${roomId}/summary`);
    expect(json.status).toBe(200);
    expect((await json.json()) as SessionSummary).toEqual(summary);
    const csv = await api('demo.admin', 'GET', `/sessions/${roomId}/summary.csv`);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    // text() would swallow the byte-order mark; the bytes show what Excel receives.
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true })
      .decode(bytes)
      .slice(1)
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"Asuminen, ""tuki"""');
    const detail = (await (await api('demo.chair', 'GET', '/series/demo-keskusta')).json()) as SeriesDetail;
    expect(detail.summaries.map((s) => s.roomId)).toEqual([roomId]);
  });
});

describe('PPT series over REST', () => {
  const body = {
    id: 'lansi',
    centreName: 'Länsi',
    weekday: 2,
    startTime: '09:30',
    firstDate: '2026-01-06',
    requiredServices: ['kela'],
    chairId: 'demo-social',
    deputyChairId: 'demo-kela',
  };

  it('[SR1] organisers create series; participants are refused; members read', async () => {
    expect((await api('demo.social', 'POST', '/series', body)).status).toBe(403);
    expect((await api('demo.admin', 'POST', '/series', { ...body, weekday: 9 })).status).toBe(400);
    const created = await api('demo.admin', 'POST', '/series', body);
    expect(created.status).toBe(201);
    expect((await api('demo.admin', 'POST', '/series', body)).status).toBe(409);
    const list = (await (await api('demo.kela', 'GET', '/series')).json()) as { series: { id: string }[] };
    expect(list.series.map((s) => s.id)).toEqual(['demo-keskusta', 'lansi']);

    const detail = (await (await api('demo.social', 'GET', '/series/lansi?count=3')).json()) as SeriesDetail;
    expect(detail.upcoming).toHaveLength(3);
    const first = detail.upcoming[0];
    expect(first?.joinUrl).toBe(`${server.url}/rooms/${first?.roomId}`);
    // The chair finds the next occurrence on the home page.
    const home = (await (await api('demo.social', 'GET', '/home')).json()) as {
      sessions: { id: string; myRole: string }[];
    };
    expect(home.sessions.find((s) => s.id === first?.roomId)?.myRole).toBe('chair');
  });

  it('[SR2] exceptions and the calendar export', async () => {
    await api('demo.admin', 'POST', '/series', body);
    const detail = (await (await api('demo.admin', 'GET', '/series/lansi?count=2')).json()) as SeriesDetail;
    const [a, b] = detail.upcoming;
    expect((await api('demo.social', 'PUT', '/series/lansi/exceptions', { exceptions: [] })).status).toBe(
      403,
    );
    const bad = await api('demo.admin', 'PUT', '/series/lansi/exceptions', {
      exceptions: [{ kind: 'cancelled', date: '2026-01-07' }],
    });
    expect(bad.status).toBe(400);
    const put = await api('demo.admin', 'PUT', '/series/lansi/exceptions', {
      exceptions: [
        { kind: 'cancelled', date: a?.date },
        { kind: 'moved', date: b?.date, toDate: b?.date, toTime: '12:00' },
      ],
    });
    expect(put.status).toBe(200);

    const ics = await api('demo.kela', 'GET', '/series/lansi/calendar.ics');
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(ics.headers.get('content-disposition')).toMatch(/^attachment/);
    const text = (await ics.text()).replace(/\r\n[ \t]/g, '');
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU');
    expect(text).toContain(`EXDATE;TZID=Europe/Helsinki:${a?.date.replaceAll('-', '') ?? ''}T093000`);
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/Helsinki');
    expect(text).toContain(`${server.url}/api/series/lansi/join`);

    const join = await api('demo.kela', 'GET', '/series/lansi/join');
    expect(join.status).toBe(302);
    expect(join.headers.get('location')).toBe(`/rooms/${b?.roomId ?? ''}`);
  });

  it('[SR4] moving or cancelling an occurrence moves or closes its existing room; those inside hear it', async () => {
    const upcoming = async () =>
      ((await (await api('demo.admin', 'GET', '/series/demo-keskusta?count=2')).json()) as SeriesDetail)
        .upcoming;
    const [first, second] = await upcoming();
    if (!first || !second) throw new Error('no upcoming occurrences');
    expect(first.roomId).toBe(roomId);
    // The second occurrence's room exists before the organiser cancels it.
    expect((await api('demo.chair', 'GET', `/rooms/${second.roomId}`)).status).toBe(200);

    const roomSeen = waitFor(kela, 'room:updated', (p) => p.roomId === roomId);
    const timesSeen = waitFor(
      kela,
      'queue:updated',
      (u) => u.roomId === roomId && u.changes.endsAt !== undefined,
    );
    const put = await api('demo.admin', 'PUT', '/series/demo-keskusta/exceptions', {
      exceptions: [
        // Later on the same day, so it is still the first upcoming occurrence.
        { kind: 'moved', date: first.date, toDate: first.date, toTime: '18:30' },
        { kind: 'cancelled', date: second.date },
      ],
    });
    expect(put.status).toBe(200);
    const moved = (await upcoming())[0];
    expect(moved?.startsAt).not.toBe(first.startsAt);
    expect((await roomSeen).room).toMatchObject({ startsAt: moved?.startsAt, status: 'scheduled' });
    expect((await timesSeen).changes).toEqual({ startsAt: moved?.startsAt, endsAt: moved?.endsAt });
    expect(await (await api('demo.kela', 'GET', `/rooms/${roomId}`)).json()).toMatchObject({
      startsAt: moved?.startsAt,
    });
    expect(await (await api('demo.chair', 'GET', `/rooms/${second.roomId}`)).json()).toMatchObject({
      startsAt: second.startsAt,
      status: 'closed',
    });
    const home = (await (await api('demo.chair', 'GET', '/home')).json()) as { sessions: { id: string }[] };
    expect(home.sessions.map((s) => s.id)).not.toContain(second.roomId);
    // Nobody new gets into the cancelled occurrence, whatever their client shows.
    const closed = await send(kela, 'room:join', { roomId: second.roomId });
    expect(closed).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { reason: 'ROOM_CLOSED' } },
    });

    // Lifting both exceptions puts both rooms back as they were.
    const back = waitFor(kela, 'room:updated', (p) => p.room.startsAt === first.startsAt);
    expect(
      (await api('demo.admin', 'PUT', '/series/demo-keskusta/exceptions', { exceptions: [] })).status,
    ).toBe(200);
    await back;
    expect((await stateOf(kela)).startsAt).toBe(first.startsAt);
    expect(await (await api('demo.chair', 'GET', `/rooms/${second.roomId}`)).json()).toMatchObject({
      startsAt: second.startsAt,
      status: 'scheduled',
    });
    expect(await send(kela, 'room:join', { roomId: second.roomId })).toMatchObject({ ok: true });
  });

  it('[SR3] an occurrence room is provisioned lazily on GET /api/rooms/:roomId; other dates are not', async () => {
    await api('demo.admin', 'POST', '/series', body);
    const detail = (await (await api('demo.admin', 'GET', '/series/lansi?count=3')).json()) as SeriesDetail;
    const third = detail.upcoming[2];
    const res = await api('demo.nurse', 'GET', `/rooms/${third?.roomId ?? ''}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ kind: 'ppt_session', startsAt: third?.startsAt });
    expect((await api('demo.nurse', 'GET', '/rooms/ppt-lansi-20260107')).status).toBe(404);
  });
});
