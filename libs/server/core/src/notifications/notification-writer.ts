import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NotificationKind, NotificationParamsByKind } from './notification-kinds';

/** Writes a notification in the caller's transaction: it exists exactly when what it tells of does. */
@Injectable()
export class NotificationWriter {
  async write<K extends NotificationKind>(manager: EntityManager, userId: string, kind: K, params: NotificationParamsByKind[K]): Promise<string> {
    const [row] = (await manager.query('INSERT INTO notification (user_id, kind, params) VALUES ($1, $2, $3) RETURNING id', [userId, kind, JSON.stringify(params)])) as Array<{ id: string }>;
    return row.id;
  }
}
