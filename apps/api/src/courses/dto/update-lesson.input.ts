import { Field, ID, InputType } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType({ description: 'Only the fields given change; the kind of a lesson does not change' })
export class UpdateLessonInput {
  @MaxLength(TEXT_BOUNDS.title)
  @Field(() => String, { nullable: true })
  title?: string | null;

  @MaxLength(TEXT_BOUNDS.lessonText)
  @Field(() => String, { nullable: true })
  body?: string | null;

  @MaxLength(TEXT_BOUNDS.url)
  @Field(() => String, { nullable: true })
  videoUrl?: string | null;

  @MaxLength(TEXT_BOUNDS.lessonText)
  @Field(() => String, { nullable: true })
  transcript?: string | null;

  @Field(() => ID, { nullable: true })
  fileId?: string | null;

  @Field(() => ID, { nullable: true, description: 'EXAM lessons: another exam the caller may edit' })
  examId?: string | null;

  @Field(() => Boolean, { nullable: true })
  required?: boolean | null;
}
