import { Field, Float, InputType } from '@nestjs/graphql';

@InputType()
export class CreateCourseInput {
  @Field()
  code: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => Float)
  hours: number;

  @Field(() => [String], { nullable: true })
  trackCodes?: string[] | null;

  @Field(() => String, { nullable: true })
  coverImageUrl?: string | null;

  @Field(() => [String], { nullable: true })
  prerequisiteCodes?: string[] | null;
}
