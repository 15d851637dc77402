import { Module } from '@nestjs/common';
import { QueueModule } from '../queue/queue.module';
import { MailSenderService } from './mail-sender.service';
import { MailService } from './mail.service';

@Module({
  imports: [QueueModule],
  providers: [MailService, MailSenderService],
  exports: [MailService, MailSenderService],
})
export class MailModule {}
