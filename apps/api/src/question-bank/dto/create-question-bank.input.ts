import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class CreateQuestionBankInput {
  @Field()
  title: string;
}
