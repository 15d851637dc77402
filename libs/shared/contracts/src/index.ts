export * from './roles';
export * from './audiences';
export * from './queues';
export * from './official-import';
export * from './mail';
export * from './error-codes';
export * from './demo-accounts';
export * from './uuid';
