export * from './data-source';
export * from './run-migrations';
export * from './database-unavailable';
export * from './vietnamese-order';
