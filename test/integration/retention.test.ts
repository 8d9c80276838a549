import { afterEach, describe, expect, it } from 'vitest';
import type { SeriesDetail, SessionSummary } from '@konsiili/shared';
import type { Clock } from '../../server/src/platform/clock.ts';
import { connect, login, send, type TestSocket } from '../support/clients.ts';
import { rawSqliteBytes, rawStoreText } from '../support/raw-store.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const DAY = 86_400_000;
const CHAT_MARK = 'Purettava-viesti-7f3a';
const TOPIC_MARK = 'Vanha-aihe-91bc';
const OUTCOME_MARK = 'Sovitut-toimet-c44d';

const servers: TestServer[] = [];
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  for (const s of servers.splice(0)) await s.close();
});

function ok<T>(ack: { ok: true; data: T } | { ok: false; error: { code: string } }): T {
  if (!ack.ok) throw new Error(`refused: ${ack.error.code}`);
  return ack.data;
}

/** A chat message and a finished session with a case, its topic and its agreed next steps. */
async function holdSession(server: TestServer): Promise<{ roomId: string; lastSeq: number }> {
  const cookie = await login(server.url, 'demo.chair', server.demoPassword);
  const detail = (await (
    await fetch(`${server.url}/api/series/demo-keskusta?count=1`, { headers: { cookie } })
  ).json()) as SeriesDetail;
  const roomId = detail.upcoming[0]?.roomId ?? '';
  const chair = await connect(server.url, cookie);
  sockets.push(chair);
  ok(await send(chair, 'room:join', { roomId }));
  ok(
    await send(chair, 'session:enter', {
      roomId,
      displayName: 'Puheenjohtaja',
      profession: 'Sosiaalityöntekijä',
      serviceId: 'adult-social-work',
    }),
  );
  const sent = ok(
    await send(chair, 'chat:send', { roomId, text: `${CHAT_MARK} tänään`, clientId: 'retention-0001' }),
  );
  ok(await send(chair, 'queue:declare', { roomId, caseCount: 1, topics: [TOPIC_MARK] }));
  ok(await send(chair, 'queue:start', { roomId }));
  ok(
    await send(chair, 'queue:finish', { roomId, outcome: { nextSteps: OUTCOME_MARK, serviceIds: ['kela'] } }),
  );
  ok(await send(chair, 'session:end', { roomId }));
  return { roomId, lastSeq: sent.message.seq };
}

async function summaryOf(server: TestServer, roomId: string): Promise<SessionSummary> {
  const cookie = await login(server.url, 'demo.chair', server.demoPassword);
  return (await (
    await fetch(`${server.url}/api/sessions/${roomId}/summary`, { headers: { cookie } })
  ).json()) as SessionSummary;
}

describe.each(['sqlite', 'redis'] as const)('retention purge on %s', (kind) => {
  it('[RT1] expired chat and case text leave the raw store; figures stay; one run per day across nodes', async () => {
    // Start from the real time: the Redis adapter also sets key TTLs from session expiry.
    let now = new Date();
    const clock: Clock = { now: () => now };
    const prefix = `konsiili-test:retention-${kind}-${String(Date.now())}:`;
    const a = await startTestServer({ clock, storeKind: kind, storePrefix: prefix });
    servers.push(a);
    const { roomId, lastSeq } = await holdSession(a);
    const before = await summaryOf(a, roomId);
    expect(await rawStoreText(a, kind)).toContain(CHAT_MARK);
    expect(await rawStoreText(a, kind)).toContain(OUTCOME_MARK);
    // The file bytes, free pages and WAL included: what the disk gives away.
    const fileBytes = (): string => (kind === 'sqlite' ? rawSqliteBytes(a) : '');
    if (kind === 'sqlite') expect(fileBytes()).toContain(CHAT_MARK);

    // Day 10: nothing has expired yet.
    now = new Date(now.getTime() + 10 * DAY);
    expect(await a.app.retention.runIfDue(now)).toMatchObject({
      ran: true,
      messagesDeleted: 0,
      sessionsCleared: 0,
    });

    // Day 31: PPT chat (30 days) is gone; case text (180 days) stays. A second node racing for the same
    // day gets nothing to do.
    now = new Date(now.getTime() + 21 * DAY);
    const b =
      kind === 'redis'
        ? await startTestServer({ clock, storeKind: kind, storePrefix: prefix, seedDemo: false })
        : a;
    if (b !== a) servers.push(b);
    const [first, second] = await Promise.all([a.app.retention.runIfDue(now), b.app.retention.runIfDue(now)]);
    expect([first.ran, second.ran].filter(Boolean)).toHaveLength(1);
    expect(first.messagesDeleted + second.messagesDeleted).toBe(1);
    let raw = await rawStoreText(a, kind);
    expect(raw).not.toContain(CHAT_MARK);
    expect(raw).toContain(OUTCOME_MARK);
    expect(fileBytes()).not.toContain(CHAT_MARK);
    expect(await a.app.retention.runIfDue(now)).toMatchObject({ ran: false });

    // Day 181: the case's topic and agreed next steps are gone too; the summary's figures are intact.
    now = new Date(now.getTime() + 150 * DAY);
    expect(await a.app.retention.runIfDue(now)).toMatchObject({ ran: true, sessionsCleared: 1 });
    raw = await rawStoreText(a, kind);
    expect(raw).not.toContain(TOPIC_MARK);
    expect(raw).not.toContain(OUTCOME_MARK);
    expect(fileBytes()).not.toContain(TOPIC_MARK);
    expect(fileBytes()).not.toContain(OUTCOME_MARK);
    expect(await summaryOf(a, roomId)).toEqual(before);

    const chair = await connect(a.url, await login(a.url, 'demo.chair', a.demoPassword));
    sockets.push(chair);
    ok(await send(chair, 'room:join', { roomId }));
    const history = ok(await send(chair, 'chat:history', { roomId }));
    expect(history).toMatchObject({ messages: [], lastSeq, retentionDays: 30 });
  });
});

describe.each(['sqlite', 'redis'] as const)('moderator delete on %s', (kind) => {
  it('[RT3] a deleted chat message is gone from the raw store and, on SQLite, from the file and WAL', async () => {
    const a = await startTestServer({ storeKind: kind });
    servers.push(a);
    const chair = await connect(a.url, await login(a.url, 'demo.chair', a.demoPassword));
    sockets.push(chair);
    ok(await send(chair, 'room:join', { roomId: 'demo-ppt' }));
    const mark = 'Poistettava-viesti-5e2b';
    const sent = ok(
      await send(chair, 'chat:send', { roomId: 'demo-ppt', text: mark, clientId: 'erase-0001' }),
    );
    expect(await rawStoreText(a, kind)).toContain(mark);
    if (kind === 'sqlite') expect(rawSqliteBytes(a)).toContain(mark);
    ok(await send(chair, 'chat:delete', { roomId: 'demo-ppt', messageId: sent.message.id }));
    expect(await rawStoreText(a, kind)).not.toContain(mark);
    if (kind === 'sqlite') expect(rawSqliteBytes(a)).not.toContain(mark);
  });
});

describe('retention policy', () => {
  it("[RT2] admins set their organisation's retention; others may only read it", async () => {
    const server = await startTestServer();
    servers.push(server);
    const admin = await login(server.url, 'demo.admin', server.demoPassword);
    const chair = await login(server.url, 'demo.chair', server.demoPassword);
    const policy = { pptChatDays: 14, kelaHourChatDays: 7, consultationMessageDays: 90, caseOutcomeDays: 60 };
    const put = (cookie: string, body: unknown) =>
      fetch(`${server.url}/api/organisation/retention`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(body),
      });
    expect((await put(chair, { retention: policy })).status).toBe(403);
    expect((await put(admin, { retention: { ...policy, pptChatDays: 0 } })).status).toBe(400);
    expect((await put(admin, { retention: policy })).status).toBe(200);
    const read = await fetch(`${server.url}/api/organisation/retention`, { headers: { cookie: chair } });
    expect(await read.json()).toEqual({ retention: policy });
    const socket = await connect(server.url, chair);
    sockets.push(socket);
    ok(await send(socket, 'room:join', { roomId: 'demo-kela-hour' }));
    expect(ok(await send(socket, 'chat:history', { roomId: 'demo-kela-hour' })).retentionDays).toBe(7);
  });
});
