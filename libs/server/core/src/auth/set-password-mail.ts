import type { MailJob } from '@hocso/contracts';
import { type AppConfig, publicUrlOf } from '../config/app-config';
import { composeMail } from '../mail/compose-mail';

/** The mail carrying a one-time link to set the password of an account created for someone else. */
export function setPasswordMail(config: AppConfig, to: { email: string; fullName: string }, token: string): MailJob {
  const params = { name: to.fullName, link: `${publicUrlOf(config)}/set-password?token=${token}`, hours: config.PASSWORD_LINK_TTL_HOURS };
  return composeMail(to.email, { subject: 'mail.setPassword.subject', body: 'mail.setPassword.body', params });
}
