import { Module } from '@nestjs/common';
import { NotificationsModule } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { NotificationsResolver } from './notifications.resolver';

const RESOLVERS = [NotificationsResolver];

@Module({ imports: [NotificationsModule], providers: RESOLVERS })
export class NotificationsApiModule {}

export const NOTIFICATIONS_API: ApiDomain = { module: NotificationsApiModule, resolvers: RESOLVERS };
