import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QuestionBankModule } from '../question-bank/question-bank.module';
import { QueueModule } from '../queue/queue.module';
import { EXAM_ENTITIES } from './exam-entities';
import { ExamDeadlineScheduler } from './exam-deadline-scheduler';
import { ExamOverrideService } from './exam-override.service';
import { ExamService } from './exam.service';
import { AnswerSavingService } from './answer-saving.service';
import { AttemptSubmissionService } from './attempt-submission.service';
import { AttemptService } from './attempt.service';
import { QuestionVersionCache } from './question-version-cache';

const SERVICES = [ExamDeadlineScheduler, ExamService, ExamOverrideService, QuestionVersionCache, AttemptSubmissionService, AttemptService, AnswerSavingService];

@Module({
  imports: [TypeOrmModule.forFeature(EXAM_ENTITIES), QueueModule, QuestionBankModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class ExamsModule {}
