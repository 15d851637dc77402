import { Field, InputType } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

/** Someone's name, email, phone and position, set by an administrator or unit manager; a field left out is kept. */
@InputType()
export class UpdateUserInput {
  @MaxLength(TEXT_BOUNDS.personName)
  @Field(() => String, { nullable: true })
  fullName?: string | null;

  @MaxLength(TEXT_BOUNDS.email)
  @Field(() => String, { nullable: true })
  email?: string | null;

  @MaxLength(TEXT_BOUNDS.phone)
  @Field(() => String, { nullable: true, description: 'null or blank clears it' })
  phone?: string | null;

  @MaxLength(TEXT_BOUNDS.position)
  @Field(() => String, { nullable: true, description: 'null or blank clears it' })
  position?: string | null;
}
