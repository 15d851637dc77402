export * from './unstorable-character';
