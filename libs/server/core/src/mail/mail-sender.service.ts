import { Inject, Injectable } from '@nestjs/common';
import type { MailJob } from '@hocso/contracts';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { OutboxFolder } from '../outbound/outbox-folder';

/**
 * Sends over SMTP when SMTP_HOST is set. Otherwise (demo mode) each mail is written whole, as the .eml file an
 * SMTP server would have received, into MAIL_DIR: a 20,000-row import fills a folder, not the console.
 */
@Injectable()
export class MailSenderService {
  private readonly transport: Transporter;
  private readonly folder: OutboxFolder | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.folder = config.SMTP_HOST ? null : new OutboxFolder(config.MAIL_DIR, 'eml');
    this.transport = config.SMTP_HOST
      ? createTransport({
          host: config.SMTP_HOST,
          port: config.SMTP_PORT,
          secure: config.SMTP_SECURE,
          auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD } : undefined,
        })
      : createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  }

  async send(mail: MailJob): Promise<void> {
    const info = await this.transport.sendMail({ from: this.config.SMTP_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    if (this.folder) await this.folder.write(mail.to, (info as { message: Buffer }).message);
  }
}
