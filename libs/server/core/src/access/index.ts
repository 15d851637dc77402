export * from './actor';
export * from './access-policy';
