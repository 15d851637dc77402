export * from './exam-statistics';
export * from './statistics-csv';
export * from './statistics-messages';
