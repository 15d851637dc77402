export * from './redis.token';
export * from './redis-options';
