import { Module } from '@nestjs/common';
import { QueueModule } from '../queue/queue.module';
import { OutboxRelayService } from './outbox-relay.service';

/** The relay from the outbox table to the queues (the writer is a plain function used in each domain's transaction). */
@Module({ imports: [QueueModule], providers: [OutboxRelayService], exports: [OutboxRelayService] })
export class OutboxModule {}
