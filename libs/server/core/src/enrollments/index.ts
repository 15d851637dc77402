export * from './enrollments.module';
export * from './enrollment.service';
export * from './enrollment.entity';
export * from './enrollment-status';
export * from './progress';
export * from './lesson-completion';
export * from './course-completion-history';
