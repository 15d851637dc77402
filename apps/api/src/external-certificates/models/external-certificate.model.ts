import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { evidenceFileUrl } from '../../files/external-certificate-evidence.controller';
import { type CredentialCheckState, type ExternalCertificateEntity, type ExternalCertificateStatus, isMessageKey, type Locale, renderMessage } from '@hocso/server-core';
import { CredentialCheckStateEnum } from '../../credentials/credential-enums';
import { UserModel } from '../../users/models/user.model';
import { ExternalCertificateStatusEnum } from '../external-certificate-enums';

@ObjectType('ExternalCertificateEvidenceFile', { description: 'an uploaded evidence file, readable by the holder and the reviewers' })
export class ExternalCertificateEvidenceFileModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'application/pdf, image/jpeg or image/png' })
  mimeType: string;

  @Field(() => Int)
  size: number;

  @Field({ description: 'the file, for the holder and the reviewers (the file cookie carries the session)' })
  url: string;
}

@ObjectType('ExternalCertificate', { description: 'A certificate a learner earned on another platform, submitted for recognition' })
export class ExternalCertificateModel {
  @Field(() => ID)
  id: string;

  holderId: string;

  @Field(() => UserModel)
  holder?: UserModel;

  @Field()
  title: string;

  @Field()
  issuerName: string;

  @Field(() => Float)
  hours: number;

  @Field()
  issuedOn: Date;

  @Field(() => ExternalCertificateStatusEnum)
  status: ExternalCertificateStatus;

  @Field({ description: 'true only when credentialJson carried a proof that verified against the issuer\'s key' })
  signatureVerified: boolean;

  @Field(() => String, { nullable: true })
  reviewReason: string | null;

  @Field(() => String, { nullable: true, description: 'the evidence link the learner gave' })
  evidenceUrl: string | null;

  @Field(() => ExternalCertificateEvidenceFileModel, { nullable: true, description: 'the evidence file the learner uploaded' })
  evidenceFile: ExternalCertificateEvidenceFileModel | null;

  @Field(() => Boolean, { description: 'whether a credential (JSON) was submitted as evidence' })
  hasCredential: boolean;

  @Field(() => CredentialCheckStateEnum, { nullable: true, description: 'what checking the submitted credential found, on submission' })
  verificationState: CredentialCheckState | null;

  @Field(() => String, { nullable: true, description: 'why, in the language of the request' })
  verificationMessage: string | null;

  @Field()
  submittedAt: Date;

  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;

  static from(entity: ExternalCertificateEntity, locale: Locale): ExternalCertificateModel {
    const reason = entity.verificationReason;
    return Object.assign(new ExternalCertificateModel(), {
      id: entity.id,
      holderId: entity.holderId,
      title: entity.title,
      issuerName: entity.issuerName,
      hours: entity.hours,
      issuedOn: entity.issuedOn,
      status: entity.status,
      signatureVerified: entity.signatureVerified,
      reviewReason: entity.reviewReason,
      evidenceUrl: entity.evidenceUrl,
      evidenceFile: entity.evidenceFile
        ? { id: entity.evidenceFile.id, name: entity.evidenceFile.name, mimeType: entity.evidenceFile.mimeType, size: entity.evidenceFile.size, url: evidenceFileUrl(entity.evidenceFile.id) }
        : null,
      hasCredential: entity.credentialJson !== null,
      verificationState: entity.verificationState as CredentialCheckState | null,
      verificationMessage: reason && isMessageKey(reason) ? renderMessage(reason, entity.verificationParams ?? {}, locale) : null,
      submittedAt: entity.submittedAt,
      reviewedAt: entity.reviewedAt,
    });
  }
}
