import { Field, ID, ObjectType } from '@nestjs/graphql';
import { type Locale, type NotificationEntity, notificationText } from '@hocso/server-core';

@ObjectType('Notification', { description: 'Something the platform told the signed-in person, in their language' })
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'what it is about, e.g. certificate.issued; the portal links by kind' })
  kind: string;

  @Field(() => String, { description: 'its parameters as JSON (e.g. the serial of the certificate)' })
  params: string;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field()
  createdAt: Date;

  @Field()
  read: boolean;

  static from(notification: NotificationEntity, locale: Locale): NotificationModel {
    return Object.assign(new NotificationModel(), {
      id: notification.id,
      kind: notification.kind,
      params: JSON.stringify(notification.params),
      ...notificationText(notification, locale),
      createdAt: notification.createdAt,
      read: notification.readAt !== null,
    });
  }
}
