import { Field, Float, InputType } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType()
export class QuestionOptionInput {
  @MaxLength(TEXT_BOUNDS.questionText)
  @Field()
  text: string;

  @Field(() => Float, { description: '-1..1' })
  fraction: number;

  @MaxLength(TEXT_BOUNDS.questionText)
  @Field(() => String, { nullable: true })
  feedback?: string | null;
}
