import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { LessonEntity, LessonKind, LessonSnapshot } from '@hocso/server-core';
import { LessonKindEnum } from '../course-enums';
import { ExamModel } from '../../exams/models/exam.model';
import { LessonFileModel } from './lesson-file.model';

@ObjectType('Lesson')
export class LessonModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => LessonKindEnum)
  kind: LessonKind;

  @Field(() => Int)
  position: number;

  @Field(() => String, { nullable: true, description: 'Markdown for TEXT lessons, as written (see bodyHtml)' })
  body: string | null;

  @Field(() => String, { nullable: true, description: 'body rendered to sanitised HTML' })
  bodyHtml?: string | null;

  @Field(() => String, { nullable: true })
  videoUrl: string | null;

  @Field(() => String, { nullable: true, description: 'VIDEO lessons: what is said, for reading and accessibility' })
  transcript: string | null;

  @Field(() => LessonFileModel, { nullable: true, description: 'FILE lessons: the downloadable resource' })
  file?: LessonFileModel | null;

  @Field({ description: 'Whether the lesson counts toward completion (default true)' })
  required: boolean;

  @Field(() => ExamModel, { nullable: true, description: 'EXAM lessons: the exam; the lesson is done when the learner passes it' })
  exam?: ExamModel | null;

  fileId: string | null;
  examId: string | null;
  /** Set for lessons of a published version, whose file details are frozen with it. */
  frozenFile?: LessonFileModel | null;

  static fromEntity(lesson: LessonEntity): LessonModel {
    return LessonModel.fromFields(lesson);
  }

  static fromSnapshot(lesson: LessonSnapshot): LessonModel {
    return Object.assign(LessonModel.fromFields(lesson), { frozenFile: lesson.file ? LessonFileModel.from(lesson.file) : null });
  }

  /** The fields a working lesson and a frozen one share. */
  private static fromFields(lesson: LessonEntity | LessonSnapshot): LessonModel {
    return Object.assign(new LessonModel(), {
      id: lesson.id,
      title: lesson.title,
      kind: lesson.kind,
      position: lesson.position,
      body: lesson.body,
      videoUrl: lesson.videoUrl,
      transcript: lesson.transcript,
      required: lesson.required,
      fileId: lesson.fileId,
      examId: lesson.examId,
    });
  }
}
