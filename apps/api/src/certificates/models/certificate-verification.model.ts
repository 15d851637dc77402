import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { CertificateStatus, CertificateVerification } from '@hocso/server-core';
import { CertificateStatusEnum } from '../certificate-enums';

@ObjectType('CertificateVerification', { description: 'What anyone can check about a serial: every field and the live status' })
export class CertificateVerificationModel {
  @Field()
  serial: string;

  @Field({ description: 'true only for an existing, ACTIVE certificate' })
  valid: boolean;

  @Field(() => CertificateStatusEnum, { nullable: true, description: 'null when no certificate has this serial' })
  status: CertificateStatus | null;

  @Field(() => String, { nullable: true })
  holderName: string | null;

  @Field(() => String, { nullable: true })
  courseTitle: string | null;

  @Field(() => Int, { nullable: true })
  courseVersion: number | null;

  @Field(() => Float, { nullable: true })
  hours: number | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => Date, { nullable: true })
  issuedAt: Date | null;

  @Field(() => String, { nullable: true })
  issuerName: string | null;

  @Field(() => String, { nullable: true, description: '"reissued" when a corrected certificate replaced this one' })
  revokedReason: string | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true })
  replacedBySerial: string | null;

  @Field(() => String, { nullable: true })
  replacesSerial: string | null;

  @Field(() => String, { nullable: true, description: 'the PDF, for an existing certificate' })
  pdfUrl: string | null;

  static from(verification: CertificateVerification, pdfUrl: string | null): CertificateVerificationModel {
    return Object.assign(new CertificateVerificationModel(), { ...verification, pdfUrl });
  }
}
