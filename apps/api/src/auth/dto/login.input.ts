import { Field, InputType } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';
import { AccountIdentifierFields } from './account-identifier.fields';

@InputType()
export class LoginInput extends AccountIdentifierFields {
  @MaxLength(TEXT_BOUNDS.password)
  @Field()
  password: string;
}
