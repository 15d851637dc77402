import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NotificationKind, NotificationParamsByKind } from './notification-kinds';

/** Writes notifications in the caller's transaction: each exists exactly when what it tells of does. */
@Injectable()
export class NotificationWriter {
  async write<K extends NotificationKind>(manager: EntityManager, userId: string, kind: K, params: NotificationParamsByKind[K]): Promise<string> {
    const [id] = await this.writeMany(manager, kind, [{ userId, params }]);
    if (!id) throw new Error('the notification was not inserted');
    return id;
  }

  /** Notifications of one kind to several people, by one statement; answers their ids in the order given. */
  async writeMany<K extends NotificationKind>(manager: EntityManager, kind: K, notifications: ReadonlyArray<{ userId: string; params: NotificationParamsByKind[K] }>): Promise<string[]> {
    const rows = (await manager.query(
      `INSERT INTO notification (user_id, kind, params)
       SELECT n.user_id, $1, n.params FROM unnest($2::uuid[], $3::jsonb[]) WITH ORDINALITY AS n(user_id, params, position) ORDER BY n.position
       RETURNING id`,
      [kind, notifications.map((notification) => notification.userId), notifications.map((notification) => JSON.stringify(notification.params))],
    )) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }
}
