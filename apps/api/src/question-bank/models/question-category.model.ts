import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { QuestionCategoryRecord } from '@hocso/server-core';

@ObjectType('QuestionCategory')
export class QuestionCategoryModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'e.g. "top/Kỹ năng số/An toàn thông tin"; a "/" inside a name is written "//"' })
  path: string;

  @Field({ description: 'the last part of the path' })
  name: string;

  @Field(() => String, { nullable: true, description: 'null for "top"' })
  parentPath: string | null;

  @Field(() => Int, { description: '0 for "top"' })
  depth: number;

  @Field()
  info: string;

  @Field(() => Int, { description: 'questions directly in this category, not counting subcategories' })
  questionCount: number;

  static from(record: QuestionCategoryRecord): QuestionCategoryModel {
    const slash = record.path.replace(/\/\//g, '\uE000').lastIndexOf('/');
    return Object.assign(new QuestionCategoryModel(), {
      id: record.id,
      path: record.path,
      name: record.segments[record.segments.length - 1] ?? record.path,
      parentPath: slash < 0 ? null : record.path.slice(0, slash),
      depth: record.segments.length - 1,
      info: record.info,
      questionCount: record.questionCount,
    });
  }
}
