import { Module } from '@nestjs/common';
import { MailModule } from '@hocso/server-core';
import { MailProcessor } from './mail.processor';

/** Sends the mail the API and the other workers queue. */
@Module({ imports: [MailModule], providers: [MailProcessor] })
export class MailWorkerModule {}
