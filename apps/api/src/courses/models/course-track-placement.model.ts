import { Field, Int, ObjectType } from '@nestjs/graphql';
import { TrackModel } from '../../tracks/models/track.model';

@ObjectType('CourseTrackPlacement', { description: "A track the course belongs to, with its place and mandatory mark" })
export class CourseTrackPlacementModel {
  @Field(() => TrackModel)
  track: TrackModel;

  @Field(() => Int)
  position: number;

  @Field()
  mandatory: boolean;
}
