import { Module } from '@nestjs/common';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { QueueModule } from './queue/queue.module';
import { RedisModule } from './redis/redis.module';

/** The infrastructure every process needs: configuration, PostgreSQL, Redis and the queues. */
@Module({
  imports: [ConfigModule, DatabaseModule, RedisModule, QueueModule],
  exports: [ConfigModule, DatabaseModule, RedisModule, QueueModule],
})
export class PlatformModule {}
