export * from './app-config';
export * from './app-config.token';
export * from './config.module';
export * from './log-levels';
export * from './close-on-signals';
