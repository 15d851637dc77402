import { registerEnumType } from '@nestjs/graphql';
import { ANSWER_OUTCOMES, EXAM_DAY_STATES, QUESTION_FLAGS } from '@hocso/server-core';
import { enumOf } from '../common/graphql-enums';

export const AnswerOutcomeEnum = enumOf(ANSWER_OUTCOMES);
export const ExamDayStateEnum = enumOf(EXAM_DAY_STATES);
export const QuestionFlagEnum = enumOf(QUESTION_FLAGS);

registerEnumType(AnswerOutcomeEnum, { name: 'AnswerOutcome' });
registerEnumType(ExamDayStateEnum, {
  name: 'ExamDayState',
  description: 'Where a taker stands on exam day',
  valuesMap: { OVERDUE: { description: 'in progress past the deadline: in the grace period, or about to be submitted automatically' } },
});
registerEnumType(QuestionFlagEnum, {
  name: 'QuestionFlag',
  description: 'Why a question of the statistics deserves a second look',
  valuesMap: {
    NEGATIVE_DISCRIMINATION: { description: 'learners who did worse on the rest of the exam did better on it' },
    VERY_EASY: { description: 'facility above 0.9' },
    VERY_HARD: { description: 'facility below 0.1' },
  },
});
