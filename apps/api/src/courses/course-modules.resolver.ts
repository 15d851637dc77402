import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CourseContentService } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphqlContext } from '../graphql/request-loaders';
import { AddModuleInput } from './dto/add-module.input';
import { CourseModuleModel } from './models/course-module.model';
import { LessonModel } from './models/lesson.model';
import { TEXT_BOUNDS } from '../graphql/text-bounds';
import { ArgMaxLengths } from '../graphql/text-lengths';

@Resolver(() => CourseModuleModel)
export class CourseModulesResolver {
  constructor(private readonly content: CourseContentService) {}

  @Mutation(() => CourseModuleModel)
  async addModule(@CurrentActor() actor: Actor, @Args('input') input: AddModuleInput): Promise<CourseModuleModel> {
    return CourseModuleModel.fromEntity(await this.content.addModule(actor, input));
  }

  @ArgMaxLengths({ title: TEXT_BOUNDS.title })
  @Mutation(() => CourseModuleModel)
  async updateModule(
    @CurrentActor() actor: Actor,
    @Args('moduleId', { type: () => ID }) moduleId: string,
    @Args('title') title: string,
  ): Promise<CourseModuleModel> {
    return CourseModuleModel.fromEntity(await this.content.updateModule(actor, moduleId, { title }));
  }

  @Mutation(() => CourseModuleModel, { description: 'Moves the module to a 1-based position' })
  async moveModule(
    @CurrentActor() actor: Actor,
    @Args('moduleId', { type: () => ID }) moduleId: string,
    @Args('position', { type: () => Int }) position: number,
  ): Promise<CourseModuleModel> {
    return CourseModuleModel.fromEntity(await this.content.moveModule(actor, moduleId, position));
  }

  @Mutation(() => CourseModuleModel, { description: 'Deletes a lesson from the working copy; returns its module' })
  async deleteLesson(@CurrentActor() actor: Actor, @Args('lessonId', { type: () => ID }) lessonId: string): Promise<CourseModuleModel> {
    return CourseModuleModel.fromEntity(await this.content.deleteLesson(actor, lessonId));
  }

  @ResolveField(() => [LessonModel])
  async lessons(@Parent() module: CourseModuleModel, @Context() ctx: GraphqlContext): Promise<LessonModel[]> {
    if (module.frozenLessons) return module.frozenLessons;
    return (await ctx.loaders.courses.lessonsByModuleId.load(module.id)).map(LessonModel.fromEntity);
  }
}
