import { Field, InputType } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType()
export class LoginInput {
  @MaxLength(TEXT_BOUNDS.email)
  @Field()
  email: string;

  @MaxLength(TEXT_BOUNDS.password)
  @Field()
  password: string;
}
