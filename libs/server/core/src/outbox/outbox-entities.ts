import { OutboxEntity } from './outbox.entity';

/** State changes waiting to be relayed to the queues. */
export const OUTBOX_ENTITIES = [OutboxEntity];
