import type { Locale } from '../i18n/locale';
import type { MessageKey } from '../i18n/messages';
import { renderMessage } from '../i18n/render-message';
import type { NotificationEntity } from './notification.entity';

/**
 * The title and body of a notification in one language, from its kind's texts and its parameters. A parameter
 * written in each language when the notification was made (`items_vi`, `items_en`) is read as `items` in the reader's.
 */
export function notificationText(notification: Pick<NotificationEntity, 'kind' | 'params'>, locale: Locale): { title: string; body: string } {
  const key = (part: 'title' | 'body') => `notification.${notification.kind}.${part}` as MessageKey;
  const params = { ...notification.params };
  for (const [name, value] of Object.entries(notification.params)) {
    if (name.endsWith(`_${locale}`)) params[name.slice(0, -locale.length - 1)] = value;
  }
  return { title: renderMessage(key('title'), params, locale), body: renderMessage(key('body'), params, locale) };
}
