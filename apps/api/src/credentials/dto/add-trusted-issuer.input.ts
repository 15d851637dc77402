import { Field, InputType } from '@nestjs/graphql';
import { MaxLength } from '../../graphql/text-lengths';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';

@InputType('AddTrustedIssuerInput')
export class AddTrustedIssuerInput {
  @MaxLength(500)
  @Field({ description: 'did:web:…' })
  did: string;

  @MaxLength(TEXT_BOUNDS.title)
  @Field()
  name: string;

  @MaxLength(TEXT_BOUNDS.url)
  @Field(() => String, { nullable: true, description: 'https:// address of its logo' })
  logoUrl?: string | null;

  @MaxLength(TEXT_BOUNDS.didDocument)
  @Field({ description: "the issuer's DID document (JSON), as the administrator checked it" })
  didDocument: string;
}
