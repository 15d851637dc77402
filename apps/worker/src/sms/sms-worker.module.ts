import { Module } from '@nestjs/common';
import { SmsModule } from '@hocso/server-core';
import { SmsProcessor } from './sms.processor';

/** Sends the text messages the API queues (password reset codes), through the configured SMS driver. */
@Module({ imports: [SmsModule], providers: [SmsProcessor] })
export class SmsWorkerModule {}
