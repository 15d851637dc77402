import { Module } from '@nestjs/common';
import { CourseReadService, CoursesModule } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { RequestLoaderRegistry, RequestLoadersModule } from '../graphql/request-loaders';
import { CourseLoaders } from './course-loaders';
import { CourseModulesResolver } from './course-modules.resolver';
import { CourseVersionsResolver } from './course-versions.resolver';
import { CoursesResolver } from './courses.resolver';
import { LessonsResolver } from './lessons.resolver';
import { TrackCoursesResolver } from './track-courses.resolver';

const RESOLVERS = [CoursesResolver, CourseModulesResolver, CourseVersionsResolver, LessonsResolver, TrackCoursesResolver];

@Module({ imports: [CoursesModule, RequestLoadersModule], providers: RESOLVERS })
export class CoursesApiModule {
  constructor(loaders: RequestLoaderRegistry, reads: CourseReadService) {
    loaders.register('courses', (actorOf) => new CourseLoaders(reads, actorOf));
  }
}

export const COURSES_API: ApiDomain = { module: CoursesApiModule, resolvers: RESOLVERS };
