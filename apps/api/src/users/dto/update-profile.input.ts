import { Field, InputType } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

/** What a person edits of their own account. Their unit and audience are set with updateUserMembership. */
@InputType()
export class UpdateProfileInput {
  @MaxLength(TEXT_BOUNDS.personName)
  @Field(() => String, { nullable: true })
  fullName?: string | null;

  @MaxLength(TEXT_BOUNDS.phone)
  @Field(() => String, { nullable: true })
  phone?: string | null;

  @MaxLength(TEXT_BOUNDS.position)
  @Field(() => String, { nullable: true })
  position?: string | null;
}
