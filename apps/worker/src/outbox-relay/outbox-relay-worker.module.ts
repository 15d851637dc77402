import { Module } from '@nestjs/common';
import { OutboxModule } from '@hocso/server-core';
import { OutboxRelayLoop } from './outbox-relay.loop';

/** The transactional outbox's relay to the queues. */
@Module({ imports: [OutboxModule], providers: [OutboxRelayLoop] })
export class OutboxRelayWorkerModule {}
