import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, assertCanAuthorCourses, CourseContentService, renderLessonMarkdown } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphqlContext } from '../graphql/request-loaders';
import { AddLessonInput } from './dto/add-lesson.input';
import { UpdateLessonInput } from './dto/update-lesson.input';
import { ExamModel } from '../exams/models/exam.model';
import { LessonFileModel } from './models/lesson-file.model';
import { LessonModel } from './models/lesson.model';
import { TEXT_BOUNDS } from '../graphql/text-bounds';
import { ArgMaxLengths } from '../graphql/text-lengths';

@Resolver(() => LessonModel)
export class LessonsResolver {
  constructor(private readonly content: CourseContentService) {}

  @ArgMaxLengths({ markdown: TEXT_BOUNDS.lessonText })
  @Query(() => String, {
    complexity: 10,
    description: "Trainers and administrators: a TEXT lesson's Markdown as learners will see it, rendered and sanitised as `bodyHtml` is",
  })
  lessonMarkdownPreview(@CurrentActor() actor: Actor, @Args('markdown') markdown: string): string {
    assertCanAuthorCourses(actor, 'course.previewForbidden');
    return renderLessonMarkdown(markdown) ?? '';
  }

  @Mutation(() => LessonModel)
  async addLesson(@CurrentActor() actor: Actor, @Args('input') input: AddLessonInput): Promise<LessonModel> {
    return LessonModel.fromEntity(await this.content.addLesson(actor, input));
  }

  @Mutation(() => LessonModel)
  async updateLesson(
    @CurrentActor() actor: Actor,
    @Args('lessonId', { type: () => ID }) lessonId: string,
    @Args('input') input: UpdateLessonInput,
  ): Promise<LessonModel> {
    return LessonModel.fromEntity(await this.content.updateLesson(actor, lessonId, input));
  }

  @Mutation(() => LessonModel, { description: 'Moves the lesson to a 1-based position, optionally into another module of the course' })
  async moveLesson(
    @CurrentActor() actor: Actor,
    @Args('lessonId', { type: () => ID }) lessonId: string,
    @Args('position', { type: () => Int }) position: number,
    @Args('moduleId', { type: () => ID, nullable: true }) moduleId?: string,
  ): Promise<LessonModel> {
    return LessonModel.fromEntity(await this.content.moveLesson(actor, lessonId, position, moduleId));
  }

  // Rendering Markdown and sanitising the HTML costs more than reading a column.
  @ResolveField(() => String, { nullable: true, complexity: 10 })
  bodyHtml(@Parent() lesson: LessonModel): string | null {
    return renderLessonMarkdown(lesson.body);
  }

  @ResolveField(() => ExamModel, { nullable: true })
  async exam(@Parent() lesson: LessonModel, @Context() ctx: GraphqlContext): Promise<ExamModel | null> {
    if (!lesson.examId) return null;
    const exam = await ctx.loaders.exams.byId.load(lesson.examId);
    return exam ? ExamModel.from(exam) : null;
  }

  @ResolveField(() => LessonFileModel, { nullable: true })
  async file(@Parent() lesson: LessonModel, @Context() ctx: GraphqlContext): Promise<LessonFileModel | null> {
    if (lesson.frozenFile !== undefined) return lesson.frozenFile;
    if (!lesson.fileId) return null;
    const file = await ctx.loaders.courses.fileById.load(lesson.fileId);
    return file ? LessonFileModel.from(file) : null;
  }
}
