import { Field, InputType, Int } from '@nestjs/graphql';
import { LEVEL_BOUNDS } from '@hocso/server-core';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType({ description: 'a level of the report by level; an existing code is replaced' })
export class ComplianceLevelInput {
  @MaxLength(TEXT_BOUNDS.code)
  @Field()
  code: string;

  @MaxLength(TEXT_BOUNDS.title)
  @Field()
  nameVi: string;

  @MaxLength(TEXT_BOUNDS.title)
  @Field()
  nameEn: string;

  @MaxLength(TEXT_BOUNDS.code)
  @Field(() => [String])
  unitKinds: string[];

  @MaxLength(LEVEL_BOUNDS.positionPattern)
  @Field(() => String, { nullable: true })
  positionPattern?: string | null;

  @Field(() => Int)
  sortOrder: number;
}
