import { Field, Float, InputType } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType()
export class CreateCourseInput {
  @MaxLength(TEXT_BOUNDS.code)
  @Field()
  code: string;

  @MaxLength(TEXT_BOUNDS.title)
  @Field()
  title: string;

  @MaxLength(TEXT_BOUNDS.summary)
  @Field()
  summary: string;

  @Field(() => Float)
  hours: number;

  @MaxLength(TEXT_BOUNDS.code)
  @Field(() => [String], { nullable: true })
  trackCodes?: string[] | null;

  @MaxLength(TEXT_BOUNDS.url)
  @Field(() => String, { nullable: true })
  coverImageUrl?: string | null;

  @MaxLength(TEXT_BOUNDS.code)
  @Field(() => [String], { nullable: true })
  prerequisiteCodes?: string[] | null;
}
