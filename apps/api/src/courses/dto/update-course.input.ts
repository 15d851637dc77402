import { Field, Float, InputType } from '@nestjs/graphql';
import { TrackPlacementInput } from './track-placement.input';

@InputType({ description: 'Only the fields given change; tracks, when given, replace the placements' })
export class UpdateCourseInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => Float, { nullable: true })
  hours?: number | null;

  @Field(() => String, { nullable: true, description: 'null or empty removes the cover image' })
  coverImageUrl?: string | null;

  @Field(() => [String], { nullable: true })
  prerequisiteCodes?: string[] | null;

  @Field(() => [TrackPlacementInput], { nullable: true })
  tracks?: TrackPlacementInput[] | null;
}
