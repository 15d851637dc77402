import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'Only the fields given change; the kind of a lesson does not change' })
export class UpdateLessonInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => String, { nullable: true })
  videoUrl?: string | null;

  @Field(() => String, { nullable: true })
  transcript?: string | null;

  @Field(() => ID, { nullable: true })
  fileId?: string | null;

  @Field(() => Boolean, { nullable: true })
  required?: boolean | null;
}
