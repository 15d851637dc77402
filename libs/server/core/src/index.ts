// The platform: configuration, database, Redis and queues, errors and their messages, paging.
export * from './config';
export * from './database';
export * from './redis';
export * from './errors';
export * from './i18n';
export * from './input';
export * from './pagination';
export * from './platform.module';
// Who acts, and the access rules every domain shares.
export * from './access';
// The domains, one line each.
export * from './auth';
export * from './users';
export * from './org-units';
export * from './tracks';
export * from './mail';
export * from './sms';
export * from './official-imports';
export * from './health';
export * from './seed';
export * from './storage';
export * from './outbox';
export * from './question-bank';
export * from './courses';
export * from './enrollments';
export * from './exams';
export * from './compliance';
export * from './cohorts';
export * from './live-sessions';
export * from './certificates/credentials';
export * from './external-certificates';
export * from './notifications';
export * from './certificates';
