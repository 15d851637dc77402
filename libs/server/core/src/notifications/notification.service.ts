import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUuid } from '@hocso/contracts';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { NotificationEntity } from './notification.entity';
import { readerOfNotificationsFor } from './notifications-access';

/** The most notifications one call lists or marks. */
export const NOTIFICATION_LIST_MAX = 100;

/** A person's notifications: their own, newest first; marking read touches only theirs. */
@Injectable()
export class NotificationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  mine(actor: Actor, first: number): Promise<NotificationEntity[]> {
    if (!Number.isInteger(first) || first < 1 || first > NOTIFICATION_LIST_MAX) {
      throw DomainError.badInput('first', 'notification.firstRange', { max: NOTIFICATION_LIST_MAX });
    }
    return this.dataSource.getRepository(NotificationEntity).find({ where: { userId: readerOfNotificationsFor(actor) }, order: { createdAt: 'DESC', id: 'DESC' }, take: first });
  }

  async unreadCount(actor: Actor): Promise<number> {
    const [row] = (await this.dataSource.query('SELECT count(*)::int AS count FROM notification WHERE user_id = $1 AND read_at IS NULL', [readerOfNotificationsFor(actor)])) as Array<{ count: number }>;
    return row.count;
  }

  /** Marks the given notifications of the actor read, or all of them when no ids are given; answers the unread count left. */
  async markRead(actor: Actor, ids: readonly string[] | null): Promise<number> {
    if (ids && ids.length > NOTIFICATION_LIST_MAX) throw DomainError.badInput('ids', 'notification.tooManyIds', { max: NOTIFICATION_LIST_MAX });
    const known = ids?.filter((id) => isUuid(id)) ?? null;
    await this.dataSource.query(
      'UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))',
      [readerOfNotificationsFor(actor), known],
    );
    return this.unreadCount(actor);
  }
}
