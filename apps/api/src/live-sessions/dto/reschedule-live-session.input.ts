import { Field, InputType } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType({ description: 'When and where a session now takes place: a place, an online link, or both' })
export class RescheduleLiveSessionInput {
  @Field(() => Date, { description: 'still to come' })
  startsAt: Date;

  @Field(() => Date, { description: 'after startsAt, at most 14 days later' })
  endsAt: Date;

  @MaxLength(TEXT_BOUNDS.place)
  @Field(() => String, { nullable: true })
  place?: string | null;

  @MaxLength(TEXT_BOUNDS.url)
  @Field(() => String, { nullable: true, description: 'an http(s) address' })
  onlineUrl?: string | null;
}
