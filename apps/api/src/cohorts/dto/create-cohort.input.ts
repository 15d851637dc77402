import { Field, ID, InputType } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType({ description: "People of an org unit's subtree who follow a course, or a track's mandatory courses, together: exactly one of courseId and trackCode" })
export class CreateCohortInput {
  @MaxLength(TEXT_BOUNDS.title)
  @Field()
  name: string;

  @Field(() => ID, { description: 'its members are people of this unit’s subtree; an expert names their own unit or one below it' })
  orgUnitId: string;

  @Field(() => ID, { nullable: true })
  courseId?: string | null;

  @MaxLength(TEXT_BOUNDS.code)
  @Field(() => String, { nullable: true })
  trackCode?: string | null;

  @MaxLength(TEXT_BOUNDS.calendarDay)
  @Field({ description: 'YYYY-MM-DD' })
  startsOn: string;
}
