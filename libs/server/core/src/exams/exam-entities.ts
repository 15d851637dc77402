import { AttemptAnswerEntity } from './attempt-answer.entity';
import { ExamAttemptEntity } from './exam-attempt.entity';
import { ExamOverrideEntity } from './exam-override.entity';
import { ExamRuleEntity } from './exam-rule.entity';
import { ExamEntity } from './exam.entity';
import { LearnerAccommodationEntity } from './learner-accommodation.entity';

/** Exams, their rules and overrides, learners' accommodations, attempts and saved answers. */
export const EXAM_ENTITIES = [ExamEntity, ExamRuleEntity, ExamOverrideEntity, LearnerAccommodationEntity, ExamAttemptEntity, AttemptAnswerEntity];
