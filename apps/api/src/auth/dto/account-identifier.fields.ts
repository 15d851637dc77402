import { Field, InputType } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

/** How an input names an account: its email or its phone (exactly one of them; the service checks which). */
@InputType({ isAbstract: true })
export abstract class AccountIdentifierFields {
  @MaxLength(TEXT_BOUNDS.email)
  @Field(() => String, { nullable: true })
  email?: string | null;

  @MaxLength(TEXT_BOUNDS.phone)
  @Field(() => String, { nullable: true })
  phone?: string | null;
}
