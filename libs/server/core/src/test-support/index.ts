export * from './testing-context';
export * from './fixtures';
export * from './domain-error-of';
export * from './exam-fixtures';
export * from '../exams/test-support/exam-fixtures';
export * from '../exams/test-support/exam-world';
export * from '../certificates/credentials/test-support/independent-verifier';
export * from '../certificates/credentials/test-support/open-badges-fixtures';
