import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { ExamRuleView } from '@hocso/server-core';

@ObjectType('ExamRule', { description: 'Draw `count` random questions from a category (its subcategories included) or the whole bank' })
export class ExamRuleModel {
  @Field(() => String, { nullable: true, description: 'the category path; null = the whole bank' })
  category: string | null;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { nullable: true, description: "points of each drawn question; null = each question's default points" })
  points: number | null;

  static from(rule: ExamRuleView): ExamRuleModel {
    return Object.assign(new ExamRuleModel(), rule);
  }
}
