import type { MailJob } from '@hocso/contracts';
import type { Locale } from '../i18n/locale';
import { type MessageParams, renderMessage } from '../i18n/render-message';
import type { MAIL_MESSAGES } from './mail-messages';

type MailMessageKey = keyof typeof MAIL_MESSAGES;

export interface MailContent {
  subject: MailMessageKey;
  body: MailMessageKey;
  params: MessageParams;
}

const SEPARATOR = '\n\n— — —\n\n';

/**
 * A mail in the reader's language when it is known; otherwise in Vietnamese first with the English below
 * (the subject in both, Vietnamese first).
 */
export function composeMail(to: string, content: MailContent, locale?: Locale): MailJob {
  const render = (key: MailMessageKey, language: Locale) => renderMessage(key, content.params, language);
  if (locale) return { to, subject: render(content.subject, locale), text: `${render(content.body, locale)}\n` };
  return {
    to,
    subject: `${render(content.subject, 'vi')} / ${render(content.subject, 'en')}`,
    text: `${render(content.body, 'vi')}${SEPARATOR}${render(content.body, 'en')}\n`,
  };
}
