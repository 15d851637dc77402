import { Field, Float, InputType } from '@nestjs/graphql';
import { TrackPlacementInput } from './track-placement.input';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType({ description: 'Only the fields given change; tracks, when given, replace the placements' })
export class UpdateCourseInput {
  @MaxLength(TEXT_BOUNDS.title)
  @Field(() => String, { nullable: true })
  title?: string | null;

  @MaxLength(TEXT_BOUNDS.summary)
  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => Float, { nullable: true })
  hours?: number | null;

  @MaxLength(TEXT_BOUNDS.url)
  @Field(() => String, { nullable: true, description: 'null or empty removes the cover image' })
  coverImageUrl?: string | null;

  @MaxLength(TEXT_BOUNDS.code)
  @Field(() => [String], { nullable: true })
  prerequisiteCodes?: string[] | null;

  @Field(() => [TrackPlacementInput], { nullable: true })
  tracks?: TrackPlacementInput[] | null;
}
