import { Field, InputType } from '@nestjs/graphql';

/** What a person edits of their own account. Their unit and audience are set with updateUserMembership. */
@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  fullName?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  position?: string | null;
}
