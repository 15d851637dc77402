export * from './testing-context';
export * from './fixtures';
