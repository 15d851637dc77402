export * from './outbox.entity';
export * from './outbox-topics';
export * from './outbox-writer';
export * from './outbox-routes';
export * from './outbox-relay.service';
export * from './outbox.module';
export * from './placement-changed';
