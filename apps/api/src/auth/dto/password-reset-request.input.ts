import { InputType } from '@nestjs/graphql';
import { AccountIdentifierFields } from './account-identifier.fields';

@InputType({ description: 'The email or the phone of the account (exactly one of them)' })
export class PasswordResetRequestInput extends AccountIdentifierFields {}
