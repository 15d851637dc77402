import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { LessonKind } from '@hocso/server-core';
import { LessonKindEnum } from '../course-enums';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType()
export class AddLessonInput {
  @Field(() => ID)
  moduleId: string;

  @MaxLength(TEXT_BOUNDS.title)
  @Field()
  title: string;

  @Field(() => LessonKindEnum)
  kind: LessonKind;

  @MaxLength(TEXT_BOUNDS.lessonText)
  @Field(() => String, { nullable: true, description: 'TEXT: Markdown' })
  body?: string | null;

  @MaxLength(TEXT_BOUNDS.url)
  @Field(() => String, { nullable: true })
  videoUrl?: string | null;

  @Field(() => ID, { nullable: true, description: 'EXAM: an exam the caller may edit (see createExam); done when the learner passes it' })
  examId?: string | null;

  @MaxLength(TEXT_BOUNDS.lessonText)
  @Field(() => String, { nullable: true, description: 'VIDEO: the transcript' })
  transcript?: string | null;

  @Field(() => ID, { nullable: true, description: 'FILE: the id returned by POST /uploads/lesson-files' })
  fileId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'counts toward completion; default true' })
  required?: boolean | null;

  @Field(() => Int, { nullable: true, description: '1-based; the end when omitted' })
  position?: number | null;
}
