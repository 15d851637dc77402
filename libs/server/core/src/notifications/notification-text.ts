import type { Locale } from '../i18n/locale';
import type { MessageKey } from '../i18n/messages';
import { renderMessage } from '../i18n/render-message';
import type { NotificationEntity } from './notification.entity';

/** The title and body of a notification in one language, from its kind's texts and its parameters. */
export function notificationText(notification: Pick<NotificationEntity, 'kind' | 'params'>, locale: Locale): { title: string; body: string } {
  const key = (part: 'title' | 'body') => `notification.${notification.kind}.${part}` as MessageKey;
  return { title: renderMessage(key('title'), notification.params, locale), body: renderMessage(key('body'), notification.params, locale) };
}
