import { Field, ID, InputType } from '@nestjs/graphql';
import type { Audience } from '@hocso/contracts';
import { AudienceEnum } from '../../common/graphql-enums';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

/** A new account made on the users page; its owner gets a one-time link to set their password. */
@InputType()
export class CreateUserInput {
  @MaxLength(TEXT_BOUNDS.personName)
  @Field()
  fullName: string;

  @MaxLength(TEXT_BOUNDS.email)
  @Field()
  email: string;

  @MaxLength(TEXT_BOUNDS.phone)
  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => ID, { nullable: true, description: 'required of unit managers: a unit of their subtree' })
  orgUnitId?: string | null;

  @Field(() => AudienceEnum, { nullable: true, description: 'OFFICIAL when a unit is given, else CITIZEN' })
  audience?: Audience | null;

  @MaxLength(TEXT_BOUNDS.position)
  @Field(() => String, { nullable: true })
  position?: string | null;
}
