import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EXAM_ENTITIES } from './exam-entities';

const SERVICES: never[] = [];

@Module({
  imports: [TypeOrmModule.forFeature(EXAM_ENTITIES)],
  providers: SERVICES,
  exports: SERVICES,
})
export class ExamsModule {}
