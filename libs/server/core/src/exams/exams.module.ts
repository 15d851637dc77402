import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QuestionBankModule } from '../question-bank/question-bank.module';
import { QueueModule } from '../queue/queue.module';
import { AnswerSaveBatcher } from './answer-save-batcher';
import { AnswerSavingService } from './answer-saving.service';
import { AttemptReviewService } from './attempt-review.service';
import { AttemptSubmissionService } from './attempt-submission.service';
import { AttemptService } from './attempt.service';
import { AttemptStartBatcher } from './attempt-start-batcher';
import { ExamAttemptListService } from './exam-attempt-list.service';
import { ExamDayService } from './exam-day.service';
import { ExamDeadlineScheduler } from './exam-deadline-scheduler';
import { EXAM_ENTITIES } from './exam-entities';
import { ExamOverrideService } from './exam-override.service';
import { ExamRegradeService } from './exam-regrade.service';
import { ExamStatisticsService } from './exam-statistics.service';
import { ExamService } from './exam.service';
import { ExamWaitingRoom } from './exam-waiting-room';
import { ManualGradingService } from './manual-grading.service';
import { QuestionVersionCache } from './question-version-cache';

const SERVICES = [ExamDeadlineScheduler, ExamService, ExamOverrideService, QuestionVersionCache, AttemptSubmissionService, AttemptStartBatcher, AttemptService, AnswerSaveBatcher, AnswerSavingService, AttemptReviewService, ManualGradingService, ExamRegradeService, ExamDayService, ExamStatisticsService, ExamAttemptListService, ExamWaitingRoom];

@Module({
  imports: [TypeOrmModule.forFeature(EXAM_ENTITIES), QueueModule, QuestionBankModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class ExamsModule {}
