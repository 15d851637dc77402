import { Field, InputType } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType()
export class LoginInput {
  @MaxLength(TEXT_BOUNDS.email)
  @Field(() => String, { nullable: true })
  email?: string | null;

  @MaxLength(TEXT_BOUNDS.phone)
  @Field(() => String, { nullable: true })
  phone?: string | null;

  @MaxLength(TEXT_BOUNDS.password)
  @Field()
  password: string;
}
