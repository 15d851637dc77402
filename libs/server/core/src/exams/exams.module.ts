import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueModule } from '../queue/queue.module';
import { EXAM_ENTITIES } from './exam-entities';
import { ExamDeadlineScheduler } from './exam-deadline-scheduler';

const SERVICES = [ExamDeadlineScheduler];

@Module({
  imports: [TypeOrmModule.forFeature(EXAM_ENTITIES), QueueModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class ExamsModule {}
