import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationJob } from '@hocso/contracts';
import type { DataSource } from 'typeorm';
import { updatedRows } from '../database/updated-rows';
import { isNotificationKind } from './notification-kinds';
import { NotificationMailer } from './notification-mailer';

/** Delivers a notification job: written once per person, kind and key (a job run twice writes nothing more), then mailed. */
@Injectable()
export class NotificationDelivery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: NotificationMailer,
  ) {}

  async deliver(job: NotificationJob): Promise<boolean> {
    if (!isNotificationKind(job.kind)) throw new Error(`unknown notification kind ${job.kind}`);
    const written = updatedRows<{ id: string }>(
      await this.dataSource.query(
        `INSERT INTO notification (user_id, kind, params)
         SELECT $1::uuid, $2::varchar, $3::jsonb
          WHERE EXISTS (SELECT 1 FROM app_user WHERE id = $1::uuid)
            AND NOT EXISTS (SELECT 1 FROM notification WHERE user_id = $1 AND kind = $2 AND params->>'key' = $4)
         RETURNING id`,
        [job.userId, job.kind, JSON.stringify({ ...job.params, key: job.key }), job.key],
      ),
    );
    await this.mailer.mailMatching(job.userId, job.kind, { key: job.key });
    return written.length > 0;
  }
}
