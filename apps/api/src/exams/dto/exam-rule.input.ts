import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType()
export class ExamRuleInput {
  @MaxLength(TEXT_BOUNDS.categoryPath)
  @Field(() => String, { nullable: true, description: 'null = the whole bank; a category includes its subcategories' })
  category?: string | null;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { nullable: true, description: "points of each drawn question; null = each question's default points" })
  points?: number | null;
}
