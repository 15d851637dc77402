import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { LIST_BOUNDS } from '../graphql/list-bounds';
import { ListSize } from '../graphql/list-size';
import type { GraphqlContext } from '../graphql/request-loaders';
import { TrackModel } from '../tracks/models/track.model';
import { CourseModel } from './models/course.model';
import { TrackCourseEntryModel } from './models/track-course-entry.model';

/** The courses of a track: a second resolver of the Track type, kept with the courses. */
@Resolver(() => TrackModel)
export class TrackCoursesResolver {
  @ListSize(LIST_BOUNDS.coursesPerTrack)
  @ResolveField(() => [CourseModel], { description: 'published courses of the track, in track order' })
  async courses(@Parent() track: TrackModel, @Context() ctx: GraphqlContext): Promise<CourseModel[]> {
    return (await ctx.loaders.courses.publishedByTrackId.load(track.id)).map((entry) => CourseModel.from(entry.view));
  }

  @ListSize(LIST_BOUNDS.coursesPerTrack)
  @ResolveField(() => [TrackCourseEntryModel], { description: 'published courses of the track, in order, with their mandatory mark' })
  async courseEntries(@Parent() track: TrackModel, @Context() ctx: GraphqlContext): Promise<TrackCourseEntryModel[]> {
    return (await ctx.loaders.courses.publishedByTrackId.load(track.id)).map((entry) => ({
      course: CourseModel.from(entry.view),
      position: entry.position,
      mandatory: entry.mandatory,
    }));
  }
}
