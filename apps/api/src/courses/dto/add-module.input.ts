import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class AddModuleInput {
  @Field(() => ID)
  courseId: string;

  @Field()
  title: string;

  @Field(() => Int, { nullable: true, description: '1-based; the end when omitted' })
  position?: number | null;
}
