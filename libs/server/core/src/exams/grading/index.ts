export * from './answer-response';
export * from './exam-grade';
export * from './grade-question';
export * from './grading-messages';
export * from './numeric-match';
export * from './right-answer-text';
export * from './short-answer-match';
