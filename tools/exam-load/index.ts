// Load and failure harness of the exam engine: the built API and worker as processes a test can kill, takers
// over HTTP, the ledger of acknowledged saves, and what the processes and PostgreSQL used.
export * from './acknowledged-saves';
export * from './connection-sampler';
export * from './exam-fixture';
export * from './exam-servers';
export * from './exam-taker';
export * from './graphql-http-client';
export * from './own-redis';
export * from './process-usage';
export * from './server-process';
export * from './cpu-profile';
export * from './wait-until';
export * from './exam-scene';
export * from './raw-upsert-rate';
export * from './exam-day-profile';
export * from './exam-day-recorder';
export * from './exam-day-taker';
export * from './fault-drill';
export * from './phone-groups';
export * from './processes-named';
export * from './usage-window';
