import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('QuestionAttachment')
export class QuestionAttachmentModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  mimeType: string;

  @Field({ description: 'where the file is served (a path on this server)' })
  url: string;
}
