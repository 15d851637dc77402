import { Module } from '@nestjs/common';
import { AttemptService, ExamOverrideService, ExamService, ExamsModule, QuestionVersionCache } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { RequestLoaderRegistry, RequestLoadersModule } from '../graphql/request-loaders';
import { AttemptLoaders } from './attempt-loaders';
import { AttemptsResolver } from './attempts.resolver';
import { ExamLoaders } from './exam-loaders';
import { ExamDayTakerResolver } from './exam-day-taker.resolver';
import { ExamDayUnitResolver } from './exam-day-unit.resolver';
import { ExamDayResolver } from './exam-day.resolver';
import { ExamOverridesResolver } from './exam-overrides.resolver';
import { ExamReviewResolver } from './exam-review.resolver';
import { ExamStatisticsExportController } from './exam-statistics-export.controller';
import { ExamStatisticsResolver } from './exam-statistics.resolver';
import { ExamWaitingRoomPlugin } from './exam-waiting-room.plugin';
import { ExamsResolver } from './exams.resolver';

const RESOLVERS = [ExamsResolver, ExamOverridesResolver, AttemptsResolver, ExamReviewResolver, ExamStatisticsResolver, ExamDayResolver, ExamDayUnitResolver, ExamDayTakerResolver];

@Module({ imports: [ExamsModule, RequestLoadersModule], providers: [...RESOLVERS, ExamWaitingRoomPlugin], controllers: [ExamStatisticsExportController] })
export class ExamsApiModule {
  constructor(loaders: RequestLoaderRegistry, exams: ExamService, overrides: ExamOverrideService, attempts: AttemptService, versions: QuestionVersionCache) {
    loaders.register('exams', (actorOf) => new ExamLoaders(exams, overrides, actorOf));
    loaders.register('attempts', () => new AttemptLoaders(attempts, versions));
  }
}

export const EXAMS_API: ApiDomain = { module: ExamsApiModule, resolvers: RESOLVERS };
