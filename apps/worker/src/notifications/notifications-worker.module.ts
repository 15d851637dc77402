import { Module } from '@nestjs/common';
import { NotificationsModule } from '@hocso/server-core';
import { NotificationsProcessor } from './notifications.processor';

/** Notifications that a state change announces through the outbox (the review of an external certificate). */
@Module({ imports: [NotificationsModule], providers: [NotificationsProcessor] })
export class NotificationsWorkerModule {}
