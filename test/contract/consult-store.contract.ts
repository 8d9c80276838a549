import { describe, expect, it } from 'vitest';
import {
  ConsultId,
  NotificationId,
  OrgId,
  RoomId,
  TargetId,
  UserId,
  type Consult,
  type Notification,
} from '@konsiili/shared';
import { DuplicateKeyError, type Store } from '../../server/src/storage/store.ts';

const ORG = OrgId.parse('org-a');
const SEALED = { kid: 'k1', iv: 'aXY=', tag: 'dGFn', ciphertext: 'Y2lwaGVy' };

function aConsult(id: string, extra: Partial<Consult> = {}): Consult {
  return {
    id: ConsultId.parse(id),
    orgId: ORG,
    targetId: TargetId.parse('psychiatry'),
    requesterId: UserId.parse('requester'),
    state: 'new',
    urgency: '3d',
    dueAt: '2026-03-13T10:00:00.000Z',
    question: 'question',
    caseSummary: 'summary',
    isIdentified: false,
    hasClientReference: false,
    roomId: RoomId.parse(`room-${id}`),
    history: [
      {
        at: '2026-03-10T08:00:00.000Z',
        action: 'create',
        byUserId: UserId.parse('requester'),
        toState: 'new',
      },
    ],
    createdAt: '2026-03-10T08:00:00.000Z',
    updatedAt: '2026-03-10T08:00:00.000Z',
    ...extra,
  };
}

function aNotification(id: string): Notification {
  return {
    id: NotificationId.parse(id),
    kind: 'consult_new',
    consultId: ConsultId.parse('c1'),
    createdAt: '2026-03-10T08:00:00.000Z',
    isRead: false,
  };
}

export function consultStoreContract(store: () => Store): void {
  describe('consults', () => {
    it('[C1] a consult reads back at version 1 with its sealed reference apart', async () => {
      await store().consults.create(aConsult('c1'), SEALED);
      await store().consults.create(aConsult('c2'));
      expect(await store().consults.get(ConsultId.parse('c1'))).toEqual({
        consult: aConsult('c1'),
        version: 1,
        sealedReference: SEALED,
      });
      expect(await store().consults.get(ConsultId.parse('c2'))).toEqual({
        consult: aConsult('c2'),
        version: 1,
      });
      expect(await store().consults.get(ConsultId.parse('none'))).toBeUndefined();
    });

    it('[C2] a second create of the same id is refused', async () => {
      await store().consults.create(aConsult('c1'));
      await expect(store().consults.create(aConsult('c1'))).rejects.toBeInstanceOf(DuplicateKeyError);
    });

    it('[C3] save is compare-and-set on the version and keeps the sealed reference', async () => {
      await store().consults.create(aConsult('c1'), SEALED);
      const accepted = aConsult('c1', { state: 'accepted', ownerId: UserId.parse('owner') });
      const results = await Promise.all([
        store().consults.save(accepted, 1),
        store().consults.save(aConsult('c1', { state: 'closed' }), 1),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store().consults.save(accepted, 1)).toBe(false);
      const stored = await store().consults.get(ConsultId.parse('c1'));
      expect(stored?.version).toBe(2);
      expect(stored?.sealedReference).toEqual(SEALED);
      expect(await store().consults.save(aConsult('none'), 0)).toBe(false);
    });

    it("[C4] lists an organisation's consults oldest first", async () => {
      await store().consults.create(aConsult('c2'));
      await store().consults.create(aConsult('c1'));
      await store().consults.create(aConsult('c3', { orgId: OrgId.parse('org-b') }));
      expect((await store().consults.listByOrg(ORG)).map((c) => c.id)).toEqual(['c2', 'c1']);
    });
  });

  describe('notifications', () => {
    const ME = UserId.parse('me');
    const YOU = UserId.parse('you');

    it('[N1] add counts unread; list is newest first with read flags', async () => {
      expect(await store().notifications.add(ME, aNotification('n1'))).toBe(1);
      expect(await store().notifications.add(ME, aNotification('n2'))).toBe(2);
      await store().notifications.add(YOU, aNotification('n3'));
      const list = await store().notifications.list(ME, 10);
      expect(list.map((n) => [n.id, n.isRead])).toEqual([
        ['n2', false],
        ['n1', false],
      ]);
      expect(await store().notifications.list(ME, 1)).toHaveLength(1);
      expect(await store().notifications.unreadCount(ME)).toBe(2);
    });

    it("[N2] marks given ids (only one's own) or all as read", async () => {
      await store().notifications.add(ME, aNotification('n1'));
      await store().notifications.add(ME, aNotification('n2'));
      await store().notifications.add(YOU, aNotification('n3'));
      expect(
        await store().notifications.markRead(ME, [NotificationId.parse('n1'), NotificationId.parse('n3')]),
      ).toBe(1);
      expect(await store().notifications.unreadCount(YOU)).toBe(1);
      expect((await store().notifications.list(ME, 10)).map((n) => n.isRead)).toEqual([false, true]);
      expect(await store().notifications.markRead(ME, 'all')).toBe(0);
      expect(await store().notifications.unreadCount(ME)).toBe(0);
    });
  });
}
