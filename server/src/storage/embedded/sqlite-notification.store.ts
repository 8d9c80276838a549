import type Database from 'better-sqlite3';
import { Notification, type NotificationId, type UserId } from '@konsiili/shared';
import type { NotificationStore } from '../../consults/notification.store.ts';
import { parseJson } from '../records.ts';
import { settle } from './settle.ts';

export class SqliteNotificationStore implements NotificationStore {
  readonly #db: Database.Database;
  readonly #insert: Database.Statement<[string, string, string]>;
  readonly #list: Database.Statement<[string, number], { is_read: number; notification_json: string }>;
  readonly #unread: Database.Statement<[string], { n: number }>;
  readonly #readOne: Database.Statement<[string, string]>;
  readonly #readAll: Database.Statement<[string]>;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#insert = db.prepare(
      'INSERT INTO notifications (id, user_id, is_read, notification_json) VALUES (?, ?, 0, ?)',
    );
    this.#list = db.prepare(
      'SELECT is_read, notification_json FROM notifications WHERE user_id = ? ORDER BY seq DESC LIMIT ?',
    );
    this.#unread = db.prepare('SELECT count(*) AS n FROM notifications WHERE user_id = ? AND is_read = 0');
    this.#readOne = db.prepare('UPDATE notifications SET is_read = 1 WHERE user_id = ? AND id = ?');
    this.#readAll = db.prepare('UPDATE notifications SET is_read = 1 WHERE user_id = ?');
  }

  add(userId: UserId, notification: Notification): Promise<number> {
    return settle(() => {
      this.#insert.run(notification.id, userId, JSON.stringify({ ...notification, isRead: false }));
      return this.#count(userId);
    });
  }

  list(userId: UserId, limit: number): Promise<Notification[]> {
    return settle(() =>
      this.#list
        .all(userId, limit)
        .map((r) =>
          Notification.parse({ ...(parseJson(r.notification_json) as object), isRead: r.is_read === 1 }),
        ),
    );
  }

  unreadCount(userId: UserId): Promise<number> {
    return settle(() => this.#count(userId));
  }

  markRead(userId: UserId, ids: readonly NotificationId[] | 'all'): Promise<number> {
    return settle(() => {
      this.#db.transaction(() => {
        if (ids === 'all') this.#readAll.run(userId);
        else for (const id of ids) this.#readOne.run(userId, id);
      })();
      return this.#count(userId);
    });
  }

  #count(userId: UserId): number {
    return this.#unread.get(userId)?.n ?? 0;
  }
}
