import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, type Locale, NOTIFICATION_LIST_MAX, NotificationService } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequestLocale } from '../common/request-locale.decorator';
import { PageSize } from '../graphql/list-size';
import { NotificationModel } from './models/notification.model';

const DEFAULT_PAGE = 20;

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationService) {}

  @PageSize({ default: DEFAULT_PAGE, max: NOTIFICATION_LIST_MAX })
  @Query(() => [NotificationModel], { description: "The signed-in person's latest notifications, newest first" })
  async myNotifications(
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number,
  ): Promise<NotificationModel[]> {
    return (await this.notifications.mine(actor, first)).map((notification) => NotificationModel.from(notification, locale));
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.notifications.unreadCount(actor);
  }

  @Mutation(() => Int, { description: "Marks the given notifications of the signed-in person read (all of them without ids); answers the unread count left" })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null): Promise<number> {
    return this.notifications.markRead(actor, ids ?? null);
  }
}
