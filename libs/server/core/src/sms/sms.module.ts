import { Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { QueueModule } from '../queue/queue.module';
import { HttpSmsSender } from './http-sms-sender';
import { LogSmsSender } from './log-sms-sender';
import { SMS_SENDER, type SmsSender } from './sms-sender';
import { SmsService } from './sms.service';

function smsSenderOf(config: AppConfig): SmsSender {
  if (config.SMS_DRIVER === 'log') return new LogSmsSender(config.SMS_DIR);
  return new HttpSmsSender({
    url: config.SMS_HTTP_URL as string,
    authHeader: config.SMS_HTTP_AUTH_HEADER,
    bodyTemplate: config.SMS_HTTP_BODY_TEMPLATE,
    contentType: config.SMS_HTTP_CONTENT_TYPE,
    timeoutMs: config.SMS_HTTP_TIMEOUT_MS,
  });
}

@Module({
  imports: [QueueModule],
  providers: [SmsService, { provide: SMS_SENDER, inject: [APP_CONFIG], useFactory: smsSenderOf }],
  exports: [SmsService, SMS_SENDER],
})
export class SmsModule {}
