export * from './testing-context';
export * from './fixtures';
export * from './domain-error-of';
export * from './exam-fixtures';
export * from '../exams/test-support/exam-fixtures';
export * from '../exams/test-support/exam-world';
