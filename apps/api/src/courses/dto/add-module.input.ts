import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType()
export class AddModuleInput {
  @Field(() => ID)
  courseId: string;

  @MaxLength(TEXT_BOUNDS.title)
  @Field()
  title: string;

  @Field(() => Int, { nullable: true, description: '1-based; the end when omitted' })
  position?: number | null;
}
