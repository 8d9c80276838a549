import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatMessage } from '@konsiili/shared';
import {
  contiguousSeq,
  emptyChat,
  mergeMessages,
  type ChatState,
} from '../../client/src/features/chat/state.ts';
import { connect, login, send, waitFor, type TestSocket } from '../support/clients.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
const sockets: TestSocket[] = [];
let clientSeq = 0;
const clientId = (): string => `client-${String(++clientSeq).padStart(6, '0')}`;

async function joined(username: string, roomId = 'demo-ppt'): Promise<TestSocket> {
  const socket = await connect(server.url, await login(server.url, username, server.demoPassword));
  sockets.push(socket);
  const ack = await send(socket, 'room:join', { roomId });
  if (!ack.ok) throw new Error(`join failed: ${ack.error.code}`);
  return socket;
}

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await server.close();
});

describe('room chat', () => {
  it('[CH1] a message reaches the others with its author, and history returns it', async () => {
    const chair = await joined('demo.chair');
    const nurse = await joined('demo.nurse');
    const posted = waitFor(nurse, 'chat:posted');
    const ack = await send(chair, 'chat:send', {
      roomId: 'demo-ppt',
      text: 'Hyvää huomenta kaikille',
      clientId: clientId(),
    });
    expect(ack).toMatchObject({
      ok: true,
      data: { message: { seq: 1, authorId: 'demo-chair', text: 'Hyvää huomenta kaikille' }, redactions: [] },
    });
    expect((await posted).message).toMatchObject({
      seq: 1,
      authorName: 'Demo Puheenjohtaja',
      authorProfession: 'Sosiaalityöntekijä',
    });
    const history = await send(nurse, 'chat:history', { roomId: 'demo-ppt' });
    expect(history).toMatchObject({ ok: true, data: { lastSeq: 1, isChatEnabled: true, retentionDays: 30 } });
  });

  it('[CH2] replies, mentions notify the mentioned member only, retries do not duplicate', async () => {
    const chair = await joined('demo.chair');
    const nurse = await joined('demo.nurse');
    const social = await joined('demo.social');
    const first = await send(chair, 'chat:send', {
      roomId: 'demo-ppt',
      text: 'Kysymys',
      clientId: 'client-fixed-1',
    });
    if (!first.ok) throw new Error('send failed');
    const mentioned = waitFor(nurse, 'chat:mentioned');
    let socialMentioned = false;
    social.on('chat:mentioned', () => {
      socialMentioned = true;
    });
    const reply = await send(social, 'chat:send', {
      roomId: 'demo-ppt',
      text: '@Demo Sairaanhoitaja mitä ajattelet?',
      replyToId: first.data.message.id,
      mentions: ['demo-nurse', 'not-a-member', 'demo-social'],
      clientId: clientId(),
    });
    expect(reply).toMatchObject({
      ok: true,
      data: { message: { replyToId: first.data.message.id, mentions: ['demo-nurse'] } },
    });
    expect(await mentioned).toMatchObject({ roomId: 'demo-ppt', byUserId: 'demo-social' });
    expect(socialMentioned).toBe(false);

    const retry = await send(chair, 'chat:send', {
      roomId: 'demo-ppt',
      text: 'Kysymys',
      clientId: 'client-fixed-1',
    });
    expect(retry).toMatchObject({ ok: true, data: { message: { id: first.data.message.id, seq: 1 } } });
    const history = await send(chair, 'chat:history', { roomId: 'demo-ppt' });
    expect(history.ok && history.data.messages.map((m) => m.seq)).toEqual([1, 2]);
  });

  it('[CH3] too long, empty, unknown reply and non-member sends are refused clearly', async () => {
    const chair = await joined('demo.chair');
    const long = await send(chair, 'chat:send', {
      roomId: 'demo-ppt',
      text: 'x'.repeat(2001),
      clientId: clientId(),
    });
    expect(long).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: ['text'] }] } },
    });
    const empty = await send(chair, 'chat:send', { roomId: 'demo-ppt', text: '   ', clientId: clientId() });
    expect(empty).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const reply = await send(chair, 'chat:send', {
      roomId: 'demo-ppt',
      text: 'x',
      replyToId: 'nope',
      clientId: clientId(),
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const social = await joined('demo.social');
    const notMember = await send(social, 'chat:send', {
      roomId: 'demo-econsult',
      text: 'x',
      clientId: clientId(),
    });
    expect(notMember).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(chair.connected && social.connected).toBe(true);
  });

  it('[CH4] one person may not flood the chat', async () => {
    const chair = await joined('demo.chair');
    const acks = [];
    for (let i = 0; i < 12; i++)
      acks.push(
        await send(chair, 'chat:send', {
          roomId: 'demo-ppt',
          text: `viesti ${String(i)}`,
          clientId: clientId(),
        }),
      );
    expect(acks.slice(0, 10).every((a) => a.ok)).toBe(true);
    expect(acks[10]).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
  });

  it('[CH5] only moderators delete messages and switch chat off; others see it happen', async () => {
    const chair = await joined('demo.chair');
    const social = await joined('demo.social');
    const sent = await send(social, 'chat:send', {
      roomId: 'demo-ppt',
      text: 'Poistettava viesti',
      clientId: clientId(),
    });
    if (!sent.ok) throw new Error('send failed');
    const id = sent.data.message.id;

    expect(await send(social, 'chat:delete', { roomId: 'demo-ppt', messageId: id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const deleted = waitFor(social, 'chat:deleted');
    expect(await send(chair, 'chat:delete', { roomId: 'demo-ppt', messageId: id })).toMatchObject({
      ok: true,
    });
    expect(await deleted).toEqual({ roomId: 'demo-ppt', messageId: id });
    const history = await send(social, 'chat:history', { roomId: 'demo-ppt' });
    expect(history.ok && history.data.messages[0]).toMatchObject({ isDeleted: true, text: '' });

    expect(await send(social, 'chat:set-enabled', { roomId: 'demo-ppt', isEnabled: false })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const off = waitFor(social, 'chat:settings-changed');
    expect(await send(chair, 'chat:set-enabled', { roomId: 'demo-ppt', isEnabled: false })).toMatchObject({
      ok: true,
    });
    expect(await off).toEqual({ roomId: 'demo-ppt', isChatEnabled: false });
    const refused = await send(social, 'chat:send', {
      roomId: 'demo-ppt',
      text: 'Hei',
      clientId: clientId(),
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { reason: 'CHAT_DISABLED' } },
    });

    const admin = await login(server.url, 'demo.admin', server.demoPassword);
    const audit = (await (
      await fetch(`${server.url}/api/admin/audit?limit=50`, { headers: { cookie: admin } })
    ).json()) as {
      entries: { action: string; actorId?: string }[];
    };
    expect(audit.entries.find((e) => e.action === 'message_deleted')).toMatchObject({
      actorId: 'demo-chair',
    });
    expect(JSON.stringify(audit)).not.toContain('Poistettava');
  });

  it('[CH6] reconnecting in the middle of a burst ends with exactly the server history, in order', async () => {
    const senders = await Promise.all(
      ['demo.chair', 'demo.nurse', 'demo.social', 'demo.kela', 'demo.admin'].map((u) => joined(u)),
    );
    const reader = await connect(server.url, await login(server.url, 'demo.chair', server.demoPassword));
    sockets.push(reader);
    await send(reader, 'room:join', { roomId: 'demo-ppt' });

    let state: ChatState = emptyChat;
    const onPosted = (p: { message: ChatMessage }): void => {
      state = mergeMessages(state, [p.message]);
    };
    reader.on('chat:posted', onPosted);

    const perSender = 10;
    const burst = Promise.all(
      senders.map(async (s, i) => {
        for (let n = 0; n < perSender; n++) {
          const ack = await send(s, 'chat:send', {
            roomId: 'demo-ppt',
            text: `s${String(i)} n${String(n)}`,
            clientId: clientId(),
          });
          if (!ack.ok) throw new Error(`send failed: ${ack.error.code}`);
        }
      }),
    );

    // Drop the reader's connection once part of the burst has arrived, while the rest is still flowing.
    await waitFor(reader, 'chat:posted', () => state.messages.length >= 12, 10_000);
    const dropped = new Promise<void>((resolve) => reader.once('disconnect', () => resolve()));
    reader.io.engine.close();
    await dropped;
    const back = new Promise<void>((resolve) => reader.once('connect', () => resolve()));
    reader.connect();
    await back;
    const heldAtReconnect = state.messages.length;
    await send(reader, 'room:join', { roomId: 'demo-ppt' });
    // Catch up from the last seq held without a gap; live events arriving meanwhile merge by seq.
    for (;;) {
      const page = await send(reader, 'chat:history', { roomId: 'demo-ppt', afterSeq: contiguousSeq(state) });
      if (!page.ok) throw new Error('history failed');
      state = mergeMessages(state, page.data.messages);
      if (contiguousSeq(state) >= page.data.lastSeq) break;
    }
    await burst;
    // A last catch-up for anything sent after the loop's final page.
    const tail = await send(reader, 'chat:history', { roomId: 'demo-ppt', afterSeq: contiguousSeq(state) });
    if (tail.ok) state = mergeMessages(state, tail.data.messages);

    // The drop really happened mid-burst: the reader had only part of it when it came back.
    expect(heldAtReconnect).toBeLessThan(senders.length * perSender);
    const full = await send(senders[0]!, 'chat:history', { roomId: 'demo-ppt', limit: 500 });
    if (!full.ok) throw new Error('history failed');
    expect(full.data.messages).toHaveLength(senders.length * perSender);
    expect(state.messages.map((m) => m.seq)).toEqual(full.data.messages.map((m) => m.seq));
    expect(state.messages.map((m) => m.id)).toEqual(full.data.messages.map((m) => m.id));
  });
});
