import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ImportError')
export class ImportErrorModel {
  @Field(() => Int, { nullable: true, description: '1-based line of the input where the rejected question starts' })
  line: number | null;

  @Field()
  message: string;
}
