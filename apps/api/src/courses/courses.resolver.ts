import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  type Actor,
  assertCanSeeCourseAuthors,
  assertCanSeeCourseVersions,
  CourseAuthorService,
  CourseContentService,
  CourseReadService,
  CourseService,
  MAX_HIGHLIGHTS,
  MAX_PREREQUISITE_CHOICES,
} from '@hocso/server-core';
import { connectionOf } from '../common/connection';
import { CurrentActor, OptionalActor } from '../auth/current-actor.decorator';
import { Public } from '../auth/public.decorator';
import { LIST_BOUNDS, PAGE_SIZES } from '../graphql/list-bounds';
import { ListSize, PageSize } from '../graphql/list-size';
import type { GraphqlContext } from '../graphql/request-loaders';
import { TrackModel } from '../tracks/models/track.model';
import { UserModel } from '../users/models/user.model';
import { EnrollmentModel } from '../enrollments/models/enrollment.model';
import { CoursesArgs } from './dto/courses.args';
import { CreateCourseInput } from './dto/create-course.input';
import { UpdateCourseInput } from './dto/update-course.input';
import { CourseConnection } from './models/course-connection.model';
import { CourseHighlightsModel } from './models/course-highlights.model';
import { CourseModuleModel } from './models/course-module.model';
import { CourseTrackPlacementModel } from './models/course-track-placement.model';
import { CourseVersionModel } from './models/course-version.model';
import { CourseModel } from './models/course.model';
import { TEXT_BOUNDS } from '../graphql/text-bounds';
import { ArgMaxLengths } from '../graphql/text-lengths';

@Resolver(() => CourseModel)
export class CoursesResolver {
  constructor(
    private readonly courseService: CourseService,
    private readonly authorService: CourseAuthorService,
    private readonly content: CourseContentService,
    private readonly reads: CourseReadService,
  ) {}

  @Public()
  @PageSize(PAGE_SIZES.courses)
  @ArgMaxLengths({ search: TEXT_BOUNDS.search, trackCode: TEXT_BOUNDS.code, after: TEXT_BOUNDS.cursor })
  @Query(() => CourseConnection, { description: 'The catalogue: published courses (authors and administrators may ask for a status)' })
  async courses(@Args() args: CoursesArgs, @OptionalActor() actor?: Actor): Promise<CourseConnection> {
    return connectionOf(await this.reads.catalogue(actor, args), CourseModel.from);
  }

  @Public()
  // `first` sizes the two lists inside, which declare that size themselves: the object itself is one.
  @ListSize(1)
  @Query(() => CourseHighlightsModel, { description: `The home page's courses, \`first\` (1–${MAX_HIGHLIGHTS}) of each kind` })
  async courseHighlights(
    @Args('first', { type: () => Int, defaultValue: 6 }) first: number,
    @OptionalActor() actor?: Actor,
  ): Promise<CourseHighlightsModel> {
    const { mostEnrolled, newest } = await this.reads.highlights(actor, first);
    return { mostEnrolled: mostEnrolled.map(CourseModel.from), newest: newest.map(CourseModel.from) };
  }

  @ListSize(MAX_PREREQUISITE_CHOICES)
  @ArgMaxLengths({ search: TEXT_BOUNDS.search })
  @Query(() => [CourseModel], {
    description: `Trainers and administrators choosing prerequisites: published courses whose code starts with, or whose title or summary contains, the text (at most ${MAX_PREREQUISITE_CHOICES})`,
  })
  async prerequisiteChoices(@CurrentActor() actor: Actor, @Args('search') search: string): Promise<CourseModel[]> {
    return (await this.reads.prerequisiteChoices(actor, search)).map(CourseModel.from);
  }

  @Public()
  @Query(() => CourseModel, { nullable: true, description: 'NOT_FOUND for unknown ids and for unpublished courses the caller cannot edit' })
  async course(@Args('id', { type: () => ID }) id: string, @OptionalActor() actor?: Actor): Promise<CourseModel> {
    return CourseModel.from(await this.reads.getVisible(actor, id));
  }

  @Mutation(() => CourseModel)
  async createCourse(@CurrentActor() actor: Actor, @Args('input') input: CreateCourseInput): Promise<CourseModel> {
    return CourseModel.from(await this.courseService.create(actor, input));
  }

  @Mutation(() => CourseModel, { description: 'Details apply at once; they are not versioned (modules and lessons are)' })
  async updateCourse(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('input') input: UpdateCourseInput,
  ): Promise<CourseModel> {
    return CourseModel.from(await this.courseService.update(actor, courseId, input));
  }

  @ArgMaxLengths({ email: TEXT_BOUNDS.email })
  @Mutation(() => CourseModel, { description: 'Lets another trainer edit the course' })
  async addCourseAuthor(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('email') email: string,
  ): Promise<CourseModel> {
    return CourseModel.from(await this.authorService.addAuthor(actor, courseId, email));
  }

  @ArgMaxLengths({ email: TEXT_BOUNDS.email })
  @Mutation(() => CourseModel, { description: 'Takes the course away from one of its authors; a course keeps at least one (CONFLICT)' })
  async removeCourseAuthor(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('email') email: string,
  ): Promise<CourseModel> {
    return CourseModel.from(await this.authorService.removeAuthor(actor, courseId, email));
  }

  @Mutation(() => CourseModel)
  async submitCourseForReview(@CurrentActor() actor: Actor, @Args('courseId', { type: () => ID }) courseId: string): Promise<CourseModel> {
    return CourseModel.from(await this.courseService.submitForReview(actor, courseId));
  }

  @Mutation(() => CourseModel, { description: 'Administrators: publishes the course (or its revision) as a new frozen version' })
  async publishCourse(@CurrentActor() actor: Actor, @Args('courseId', { type: () => ID }) courseId: string): Promise<CourseModel> {
    return CourseModel.from(await this.courseService.publish(actor, courseId));
  }

  @ArgMaxLengths({ comment: TEXT_BOUNDS.comment })
  @Mutation(() => CourseModel, { description: 'Administrators: sends a course in review back to its authors with a comment' })
  async returnCourseToDraft(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('comment') comment: string,
  ): Promise<CourseModel> {
    return CourseModel.from(await this.courseService.returnToDraft(actor, courseId, comment));
  }

  @Mutation(() => CourseModel, { description: 'Archived courses take no new enrollments' })
  async archiveCourse(@CurrentActor() actor: Actor, @Args('courseId', { type: () => ID }) courseId: string): Promise<CourseModel> {
    return CourseModel.from(await this.courseService.archive(actor, courseId));
  }

  @Mutation(() => CourseModel, { description: 'Deletes a module and its lessons from the working copy' })
  async deleteModule(@CurrentActor() actor: Actor, @Args('moduleId', { type: () => ID }) moduleId: string): Promise<CourseModel> {
    return CourseModel.from(await this.content.deleteModule(actor, moduleId));
  }

  @ListSize(LIST_BOUNDS.modulesPerCourse)
  @ResolveField(() => [CourseModuleModel])
  async modules(@Parent() course: CourseModel, @Context() ctx: GraphqlContext): Promise<CourseModuleModel[]> {
    const { versionId } = course.view;
    if (versionId) {
      const version = await ctx.loaders.courses.versionById.load(versionId);
      return version ? version.snapshot.modules.map(CourseModuleModel.fromSnapshot) : [];
    }
    return (await ctx.loaders.courses.modulesByCourseId.load(course.id)).map(CourseModuleModel.fromEntity);
  }

  @ListSize(LIST_BOUNDS.tracks)
  @ResolveField(() => [TrackModel])
  async tracks(@Parent() course: CourseModel, @Context() ctx: GraphqlContext): Promise<TrackModel[]> {
    return (await ctx.loaders.courses.tracksByCourseId.load(course.id)).map((entry) => TrackModel.from(entry.track));
  }

  @ListSize(LIST_BOUNDS.tracks)
  @ResolveField(() => [CourseTrackPlacementModel])
  async trackPlacements(@Parent() course: CourseModel, @Context() ctx: GraphqlContext): Promise<CourseTrackPlacementModel[]> {
    return (await ctx.loaders.courses.tracksByCourseId.load(course.id)).map((entry) => ({
      track: TrackModel.from(entry.track),
      position: entry.placement.position,
      mandatory: entry.placement.mandatory,
    }));
  }

  @ResolveField(() => Int, { nullable: true, description: 'the published version shown; null: the working copy (authors)' })
  async version(@Parent() course: CourseModel, @Context() ctx: GraphqlContext): Promise<number | null> {
    if (!course.view.versionId) return null;
    return (await ctx.loaders.courses.versionById.load(course.view.versionId))?.version ?? null;
  }

  @ListSize(LIST_BOUNDS.versionsPerCourse, (args) => (args['live'] === true ? 1 : undefined))
  @ResolveField(() => [CourseVersionModel], { description: 'Authors and administrators: published versions and their learners' })
  async versions(
    @Parent() course: CourseModel,
    @Context() ctx: GraphqlContext,
    @Args('live', { type: () => Boolean, nullable: true, description: 'true: only the live version; false: only the others' }) live?: boolean | null,
  ): Promise<CourseVersionModel[]> {
    assertCanSeeCourseVersions(course.view);
    const versions = await ctx.loaders.courses.versionSummariesByCourseId.load(course.id);
    return live == null ? versions : versions.filter((version) => version.live === live);
  }

  @ListSize(LIST_BOUNDS.authorsPerCourse)
  @ResolveField(() => [UserModel], { description: 'Authors and administrators: who may edit the course' })
  async authors(@Parent() course: CourseModel, @Context() ctx: GraphqlContext): Promise<UserModel[]> {
    assertCanSeeCourseAuthors(course.view);
    const ids = await ctx.loaders.courses.authorIdsByCourseId.load(course.id);
    const users = await ctx.loaders.users.byId.loadMany(ids);
    return users.flatMap((user) => (user && !(user instanceof Error) ? [UserModel.from(user)] : []));
  }

  @ListSize(LIST_BOUNDS.authorsPerCourse)
  @ResolveField(() => [String], { description: 'the names of the people who wrote the course, as its page credits them' })
  async authorNames(@Parent() course: CourseModel, @Context() ctx: GraphqlContext): Promise<string[]> {
    return ctx.loaders.courses.authorNamesByCourseId.load(course.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Authors and administrators: the name of who last sent the course to review' })
  async submittedBy(@Parent() course: CourseModel, @Context() ctx: GraphqlContext): Promise<string | null> {
    if (!course.submittedById) return null;
    return (await ctx.loaders.users.byId.load(course.submittedById))?.fullName ?? null;
  }

  @ResolveField(() => Int, { description: 'learners enrolled, active or completed, over every version' })
  async learnerCount(@Parent() course: CourseModel, @Context() ctx: GraphqlContext): Promise<number> {
    return ctx.loaders.courses.learnerCountByCourseId.load(course.id);
  }

  @ResolveField(() => EnrollmentModel, { nullable: true, description: "The signed-in learner's enrollment in this course" })
  async myEnrollment(@Parent() course: CourseModel, @Context() ctx: GraphqlContext): Promise<EnrollmentModel | null> {
    const enrollment = await ctx.loaders.enrollments.mineByCourseId.load(course.id);
    return enrollment ? EnrollmentModel.from(enrollment) : null;
  }
}
