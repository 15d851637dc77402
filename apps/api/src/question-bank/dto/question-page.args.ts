import { ArgsType, Field, Int } from '@nestjs/graphql';

@ArgsType()
export class QuestionPageArgs {
  @Field(() => String, { nullable: true, description: 'a category includes its subcategories' })
  category?: string | null;

  @Field(() => String, { nullable: true, description: 'matches the name or the prompt, ignoring case and accents' })
  search?: string | null;

  @Field(() => Int, { nullable: true, description: '1–200, default 50' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
