import { Field, InputType, Int } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType()
export class TrackPlacementInput {
  @MaxLength(TEXT_BOUNDS.code)
  @Field()
  trackCode: string;

  @Field(() => Int, { nullable: true, description: '1-based place in the track; the end when omitted' })
  position?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'whether the track requires the course (default false)' })
  mandatory?: boolean | null;
}
