export * from './outbox.entity';
export * from './outbox-topics';
export * from './outbox-writer';
