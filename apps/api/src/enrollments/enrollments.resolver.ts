import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, COMPLETIONS_LISTED_MAX, courseViewOfEnrollment, EnrollmentService } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CourseModel } from '../courses/models/course.model';
import type { GraphqlContext } from '../graphql/request-loaders';
import { UserModel } from '../users/models/user.model';
import { CourseCompletionModel } from './models/course-completion.model';
import { EnrollmentModel } from './models/enrollment.model';
import { LIST_BOUNDS } from '../graphql/list-bounds';
import { ListSize } from '../graphql/list-size';

@Resolver(() => EnrollmentModel)
export class EnrollmentsResolver {
  constructor(private readonly enrollments: EnrollmentService) {}

  @ListSize(LIST_BOUNDS.enrollmentsPerLearner)
  @Query(() => [EnrollmentModel])
  async myEnrollments(@CurrentActor() actor: Actor): Promise<EnrollmentModel[]> {
    return (await this.enrollments.mine(actor)).map(EnrollmentModel.from);
  }

  @Mutation(() => EnrollmentModel, { description: 'Idempotent; refused for unpublished or archived courses and unmet prerequisites' })
  async enroll(@CurrentActor() actor: Actor, @Args('courseId', { type: () => ID }) courseId: string): Promise<EnrollmentModel> {
    return EnrollmentModel.from(await this.enrollments.enroll(actor, courseId));
  }

  @Mutation(() => EnrollmentModel)
  async withdraw(@CurrentActor() actor: Actor, @Args('courseId', { type: () => ID }) courseId: string): Promise<EnrollmentModel> {
    return EnrollmentModel.from(await this.enrollments.withdraw(actor, courseId));
  }

  @Mutation(() => EnrollmentModel, { description: 'Idempotent; completing every required lesson completes the enrollment' })
  async completeLesson(@CurrentActor() actor: Actor, @Args('lessonId', { type: () => ID }) lessonId: string): Promise<EnrollmentModel> {
    return EnrollmentModel.from(await this.enrollments.completeLesson(actor, lessonId));
  }

  @Mutation(() => EnrollmentModel, {
    description:
      'Takes a completed course again, to renew a recurring requirement: the learner moves to the live version with no lesson done (progress 0), and its exams need a pass again (attempts started since count, with the exam\'s whole allowance). The enrollment stays COMPLETED with its completedAt meanwhile, so the earlier completion keeps counting until it expires; completing the retake is a new completion (a new completedAt, certificate and history entry). Idempotent while the retake runs; refused for a course not completed by the caller or not published.',
  })
  async retakeCourse(@CurrentActor() actor: Actor, @Args('courseId', { type: () => ID }) courseId: string): Promise<EnrollmentModel> {
    return EnrollmentModel.from(await this.enrollments.retake(actor, courseId));
  }

  @ListSize(LIST_BOUNDS.completionsPerEnrollment)
  @ResolveField(() => [CourseCompletionModel], { description: `every completion of the course, the first first (the latest ${COMPLETIONS_LISTED_MAX})` })
  async completions(@Parent() enrollment: EnrollmentModel, @Context() ctx: GraphqlContext): Promise<CourseCompletionModel[]> {
    return (await ctx.loaders.enrollments.completionsById.load(enrollment.id)).map(CourseCompletionModel.from);
  }

  @ResolveField(() => CourseModel)
  async course(@Parent() enrollment: EnrollmentModel, @Context() ctx: GraphqlContext): Promise<CourseModel> {
    const view = await ctx.loaders.courses.viewById.load(enrollment.courseId);
    if (!view) throw new Error(`Course ${enrollment.courseId} of enrollment ${enrollment.id} is missing`);
    return CourseModel.from(courseViewOfEnrollment(view, enrollment.courseVersionId));
  }

  @ResolveField(() => UserModel)
  async user(@Parent() enrollment: EnrollmentModel, @Context() ctx: GraphqlContext): Promise<UserModel> {
    const user = await ctx.loaders.users.byId.load(enrollment.userId);
    if (!user) throw new Error(`User ${enrollment.userId} of enrollment ${enrollment.id} is missing`);
    return UserModel.from(user);
  }

  @ResolveField(() => Int, { description: 'the course version the learner is on' })
  async version(@Parent() enrollment: EnrollmentModel, @Context() ctx: GraphqlContext): Promise<number> {
    return (await ctx.loaders.courses.versionById.load(enrollment.courseVersionId))?.version ?? 0;
  }
}
