export * from './nul-character';
