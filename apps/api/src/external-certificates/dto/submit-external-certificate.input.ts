import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType('SubmitExternalCertificateInput', { description: 'A certificate a learner earned on another platform, submitted for recognition' })
export class SubmitExternalCertificateInput {
  @MaxLength(TEXT_BOUNDS.title)
  @Field()
  title: string;

  @MaxLength(TEXT_BOUNDS.title)
  @Field()
  issuerName: string;

  @Field(() => Float)
  hours: number;

  @Field()
  issuedOn: Date;

  @MaxLength(TEXT_BOUNDS.url)
  @Field(() => String, { nullable: true })
  evidenceUrl?: string | null;

  @Field(() => ID, { nullable: true, description: 'an evidence file (PDF, JPEG, PNG) uploaded to POST /uploads/external-certificate-evidence' })
  evidenceFileId?: string | null;

  @MaxLength(TEXT_BOUNDS.credentialJson)
  @Field(() => String, { nullable: true, description: 'an Open Badges 3.0 (W3C verifiable credential) JSON document; its proof is checked on submission' })
  credentialJson?: string | null;
}
