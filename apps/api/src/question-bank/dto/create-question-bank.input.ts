import { Field, InputType } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType()
export class CreateQuestionBankInput {
  @MaxLength(TEXT_BOUNDS.title)
  @Field()
  title: string;
}
