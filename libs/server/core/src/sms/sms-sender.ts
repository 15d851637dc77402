import type { SmsJob } from '@hocso/contracts';

/** Delivers one text message; throws when it could not (the queue tries again). */
export interface SmsSender {
  send(sms: SmsJob): Promise<void>;
}

export const SMS_SENDER = Symbol('SMS_SENDER');
