export * from './locale';
export * from './translation';
export * from './messages';
export * from './render-message';
