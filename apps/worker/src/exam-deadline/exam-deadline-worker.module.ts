import { Module } from '@nestjs/common';
import { ExamsModule } from '@hocso/server-core';
import { ExamDeadlineProcessor } from './exam-deadline.processor';
import { ExamDeadlineSweeper } from './exam-deadline-sweeper.service';

/** Closes exam attempts at their deadline: the delayed job of each attempt, and the sweep behind it. */
@Module({ imports: [ExamsModule], providers: [ExamDeadlineProcessor, ExamDeadlineSweeper] })
export class ExamDeadlineWorkerModule {}
