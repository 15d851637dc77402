import type { SmsJob } from '@hocso/contracts';
import { OutboxFolder } from '../outbound/outbox-folder';
import type { SmsSender } from './sms-sender';

/** Demo mode (SMS_DRIVER=log): each message is a small text file in SMS_DIR, as the phone would show it. */
export class LogSmsSender implements SmsSender {
  private readonly folder: OutboxFolder;

  constructor(directory: string) {
    this.folder = new OutboxFolder(directory, 'txt');
  }

  async send(sms: SmsJob): Promise<void> {
    await this.folder.write(sms.to, `To: ${sms.to}\nDate: ${new Date().toISOString()}\n\n${sms.text}\n`);
  }
}
