import { describe, expect, it } from 'vitest';
import { MessageId, OrgId, RoomId, UserId } from '@konsiili/shared';
import type { NewChatMessage } from '../../server/src/chat/chat.store.ts';
import type { Store } from '../../server/src/storage/store.ts';

const ROOM = RoomId.parse('chat-room-1');
const OTHER = RoomId.parse('chat-room-2');

function aMessage(n: number, extra: Partial<NewChatMessage> = {}): NewChatMessage {
  return {
    id: MessageId.parse(`m${String(n).padStart(4, '0')}`),
    roomId: ROOM,
    orgId: OrgId.parse('chat-org'),
    roomKind: 'ppt_session',
    clientId: `client-${String(n).padStart(4, '0')}`,
    authorId: UserId.parse('author-1'),
    authorName: 'Esittäjä',
    authorProfession: 'Sosiaalityöntekijä',
    text: `viesti ${String(n)}`,
    mentions: [],
    createdAt: new Date(Date.UTC(2026, 10, 1, 8, 0, n)).toISOString(),
    isDeleted: false,
    ...extra,
  };
}

export function chatStoreContract(store: () => Store): void {
  describe('chat', () => {
    it('[C1] messages get seq 1, 2, 3 per room and read back in order', async () => {
      for (let n = 1; n <= 3; n++) await store().chat.append(aMessage(n));
      await store().chat.append(aMessage(4, { roomId: OTHER }));
      const messages = await store().chat.list(ROOM, { afterSeq: 0, limit: 10 });
      expect(messages.map((m) => m.seq)).toEqual([1, 2, 3]);
      expect(messages[1]).toMatchObject({ id: 'm0002', text: 'viesti 2', mentions: [] });
      expect(await store().chat.lastSeq(ROOM)).toBe(3);
      expect(await store().chat.lastSeq(OTHER)).toBe(1);
      expect(await store().chat.lastSeq(RoomId.parse('empty'))).toBe(0);
    });

    it('[C2] afterSeq and limit page exactly what was missed', async () => {
      for (let n = 1; n <= 5; n++) await store().chat.append(aMessage(n));
      const page = await store().chat.list(ROOM, { afterSeq: 2, limit: 2 });
      expect(page.map((m) => m.seq)).toEqual([3, 4]);
    });

    it('[C3] the same author and clientId store once and return the first message', async () => {
      const first = await store().chat.append(aMessage(1));
      const again = await store().chat.append(aMessage(2, { clientId: 'client-0001' }));
      expect(first.isNew).toBe(true);
      expect(again).toEqual({ message: first.message, isNew: false });
      expect(await store().chat.lastSeq(ROOM)).toBe(1);
    });

    it('[C4] concurrent appends get distinct, gap-free seqs', async () => {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => store().chat.append(aMessage(i + 1))),
      );
      expect(results.map((r) => r.message.seq).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
    });

    it('[C5] markDeleted erases the text and keeps the place', async () => {
      await store().chat.append(aMessage(1, { mentions: [UserId.parse('u2')] }));
      expect(await store().chat.markDeleted(ROOM, MessageId.parse('m0001'))).toBe(true);
      expect(await store().chat.get(ROOM, MessageId.parse('m0001'))).toMatchObject({
        seq: 1,
        text: '',
        mentions: [],
        isDeleted: true,
      });
      expect(await store().chat.markDeleted(ROOM, MessageId.parse('nope'))).toBe(false);
    });

    it('[C6] chat is on by default and can be switched off and on', async () => {
      expect(await store().chat.getSettings(ROOM)).toEqual({ isChatEnabled: true });
      await store().chat.putSettings(ROOM, { isChatEnabled: false });
      expect(await store().chat.getSettings(ROOM)).toEqual({ isChatEnabled: false });
      expect(await store().chat.getSettings(OTHER)).toEqual({ isChatEnabled: true });
      await store().chat.putSettings(ROOM, { isChatEnabled: true });
      expect(await store().chat.getSettings(ROOM)).toEqual({ isChatEnabled: true });
    });

    it('[C7] purge deletes only older messages of the given organisation and room kind, keeping the seq counter', async () => {
      await store().chat.append(aMessage(1));
      await store().chat.append(aMessage(2));
      await store().chat.append(aMessage(3, { roomId: OTHER, roomKind: 'e_consultation' }));
      await store().chat.append(
        aMessage(5, {
          roomId: RoomId.parse('elsewhere'),
          orgId: OrgId.parse('other-org'),
          createdAt: new Date(Date.UTC(2026, 10, 1, 8, 0, 0)).toISOString(),
        }),
      );
      const cutoff = new Date(Date.UTC(2026, 10, 1, 8, 0, 2)).toISOString();
      expect(await store().chat.purge(OrgId.parse('chat-org'), 'ppt_session', cutoff)).toBe(1);
      expect(await store().chat.list(RoomId.parse('elsewhere'), { afterSeq: 0, limit: 10 })).toHaveLength(1);
      expect((await store().chat.list(ROOM, { afterSeq: 0, limit: 10 })).map((m) => m.id)).toEqual(['m0002']);
      expect(await store().chat.list(OTHER, { afterSeq: 0, limit: 10 })).toHaveLength(1);
      expect(await store().chat.lastSeq(ROOM)).toBe(2);
      const next = await store().chat.append(aMessage(4));
      expect(next.message.seq).toBe(3);
    });
  });
}
