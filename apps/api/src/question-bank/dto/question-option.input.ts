import { Field, Float, InputType } from '@nestjs/graphql';

@InputType()
export class QuestionOptionInput {
  @Field()
  text: string;

  @Field(() => Float, { description: '-1..1' })
  fraction: number;

  @Field(() => String, { nullable: true })
  feedback?: string | null;
}
