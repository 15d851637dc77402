import { Field, ID, InputType } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType()
export class CreateOrgUnitInput {
  @MaxLength(TEXT_BOUNDS.code)
  @Field()
  code: string;

  @MaxLength(TEXT_BOUNDS.title)
  @Field()
  name: string;

  @MaxLength(TEXT_BOUNDS.code)
  @Field()
  kind: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}
