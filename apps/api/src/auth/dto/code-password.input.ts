import { Field, InputType } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType({ description: 'A phone, the one-time code sent or handed to it, and the new password' })
export class CodePasswordInput {
  @MaxLength(TEXT_BOUNDS.phone)
  @Field()
  phone: string;

  @MaxLength(TEXT_BOUNDS.oneTimeCode)
  @Field()
  code: string;

  @MaxLength(TEXT_BOUNDS.password)
  @Field()
  password: string;
}
