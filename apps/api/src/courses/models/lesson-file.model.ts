import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LessonFile')
export class LessonFileModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Int, { description: 'bytes' })
  size: number;

  @Field()
  mimeType: string;

  @Field({ description: 'download path on this API: GET /files/lessons/:id' })
  url: string;

  static from(file: { id: string; name: string; size: number; mimeType: string }): LessonFileModel {
    return { id: file.id, name: file.name, size: file.size, mimeType: file.mimeType, url: `/files/lessons/${file.id}` };
  }
}
