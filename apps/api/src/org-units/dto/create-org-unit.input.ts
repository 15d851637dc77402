import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CreateOrgUnitInput {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  kind: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}
