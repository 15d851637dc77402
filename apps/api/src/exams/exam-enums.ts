import { registerEnumType } from '@nestjs/graphql';
import { type ExamAction, GRADING_METHODS, REVIEW_VISIBILITIES } from '@hocso/server-core';
import { actionEnum, enumOf } from '../common/graphql-enums';

export const GradingMethodEnum = enumOf(GRADING_METHODS);
export const ReviewVisibilityEnum = enumOf(REVIEW_VISIBILITIES);

registerEnumType(GradingMethodEnum, { name: 'GradingMethod' });
registerEnumType(ReviewVisibilityEnum, { name: 'ReviewVisibility', description: 'When a learner may see each part of a submitted attempt' });

export const ExamActionEnum = actionEnum<ExamAction>('ExamAction', 'What one can do with an exam; Exam.allowedActions lists those the caller may do now', {
  EDIT: 'updateExam, setExamOverride, removeExamOverride, extendExamDeadlines',
  TAKE: 'startAttempt: start an attempt now, or resume the one in progress',
  VIEW_ATTEMPTS: "examAttempts: every attempt for editors, their units' takers for unit managers",
  GRADE: 'gradeAnswer, essaysToGrade, regradeExam',
  MONITOR: 'examDay (extending deadlines on it is EDIT: unit managers only watch)',
});
