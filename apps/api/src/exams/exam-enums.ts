import { registerEnumType } from '@nestjs/graphql';
import { EXAM_ACTIONS, GRADING_METHODS, REVIEW_VISIBILITIES } from '@hocso/server-core';
import { enumOf } from '../common/graphql-enums';

export const GradingMethodEnum = enumOf(GRADING_METHODS);
export const ReviewVisibilityEnum = enumOf(REVIEW_VISIBILITIES);
export const ExamActionEnum = enumOf(EXAM_ACTIONS);

registerEnumType(GradingMethodEnum, { name: 'GradingMethod' });
registerEnumType(ReviewVisibilityEnum, { name: 'ReviewVisibility', description: 'When a learner may see each part of a submitted attempt' });
registerEnumType(ExamActionEnum, {
  name: 'ExamAction',
  description: 'What one can do with an exam; Exam.allowedActions lists those the caller may do now',
  valuesMap: {
    EDIT: { description: 'updateExam, setExamOverride, removeExamOverride' },
    TAKE: { description: 'startAttempt: start an attempt now, or resume the one in progress' },
    VIEW_ATTEMPTS: { description: "examAttempts: every attempt for editors, their units' takers for unit managers" },
    GRADE: { description: 'gradeAnswer, essaysToGrade, regradeExam' },
    MONITOR: { description: 'examDay and extendExamDeadlines' },
  },
});
