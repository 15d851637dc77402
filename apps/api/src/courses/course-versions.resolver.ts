import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../graphql/request-loaders';
import { CourseModuleModel } from './models/course-module.model';
import { CourseVersionModel } from './models/course-version.model';

@Resolver(() => CourseVersionModel)
export class CourseVersionsResolver {
  @ResolveField(() => [CourseModuleModel])
  async modules(@Parent() version: CourseVersionModel, @Context() ctx: GraphqlContext): Promise<CourseModuleModel[]> {
    return (await ctx.loaders.courses.versionContentById.load(version.versionId)).modules.map(CourseModuleModel.fromSnapshot);
  }
}
