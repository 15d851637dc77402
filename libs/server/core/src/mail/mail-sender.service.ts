import { Inject, Injectable, Logger } from '@nestjs/common';
import type { MailJob } from '@hocso/contracts';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';

/** Sends over SMTP when SMTP_HOST is set; otherwise (demo mode) writes the mail to the log. */
@Injectable()
export class MailSenderService {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.SMTP_HOST
      ? createTransport({
          host: config.SMTP_HOST,
          port: config.SMTP_PORT,
          secure: config.SMTP_SECURE,
          auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD } : undefined,
        })
      : null;
  }

  async send(mail: MailJob): Promise<void> {
    if (!this.transport) {
      this.logger.log(`(no SMTP configured) to ${mail.to}: ${mail.subject}\n${mail.text}`);
      return;
    }
    await this.transport.sendMail({ from: this.config.SMTP_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
  }
}
