import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../mail/mail.module';
import { NOTIFICATION_ENTITIES } from './notification-entities';
import { NotificationDelivery } from './notification-delivery.service';
import { NotificationMailer } from './notification-mailer';
import { NotificationService } from './notification.service';
import { NotificationWriter } from './notification-writer';

const SERVICES = [NotificationWriter, NotificationMailer, NotificationService, NotificationDelivery];

@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATION_ENTITIES), MailModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class NotificationsModule {}
