import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { type Actor, type CertificateAction, type CertificateEntity, type CertificateStatus, certificateActions, certificateUrls, printedCertificate } from '@hocso/server-core';
import { CourseModel } from '../../courses/models/course.model';
import { CertificateActionEnum, CertificateStatusEnum } from '../certificate-enums';

@ObjectType('Certificate')
export class CertificateModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'the human serial printed on the certificate, e.g. BT-2026-000123' })
  serial: string;

  @Field({ description: "the holder's name as it was at issue" })
  holderName: string;

  @Field(() => CourseModel, { description: 'the course as of the version the certificate was earned on' })
  course?: CourseModel;

  @Field({ description: 'the course title as printed on the certificate' })
  courseTitle: string;

  @Field(() => Int)
  courseVersion: number;

  @Field(() => Float)
  hours: number;

  @Field()
  completedAt: Date;

  @Field()
  issuedAt: Date;

  @Field()
  issuerName: string;

  @Field(() => CertificateStatusEnum)
  status: CertificateStatus;

  @Field(() => String, { nullable: true })
  revokedReason: string | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'why the certificate this one replaces was reissued' })
  reissueReason: string | null;

  @Field({ description: 'the public verification page (the QR code on the PDF)' })
  verifyUrl: string;

  @Field()
  pdfUrl: string;

  @Field({ description: 'the signed Open Badges 3.0 credential (JSON)' })
  credentialUrl: string;

  @Field({ description: 'the PDF has been made (until then pdfUrl answers 404)' })
  pdfReady: boolean;

  @Field({ description: 'the signed credential exists (until then credentialUrl answers 404)' })
  credentialReady: boolean;

  @Field(() => [CertificateActionEnum])
  allowedActions: CertificateAction[];

  courseId: string;
  courseVersionId: string;

  static from(certificate: CertificateEntity, publicUrl: string, actor: Actor): CertificateModel {
    return Object.assign(new CertificateModel(), {
      id: certificate.id,
      ...printedCertificate(certificate),
      status: certificate.status,
      revokedReason: certificate.revokedReason,
      revokedAt: certificate.revokedAt,
      reissueReason: certificate.reissueReason,
      ...certificateUrls(publicUrl, certificate.serial),
      pdfReady: certificate.pdfStorageKey !== null,
      credentialReady: certificate.credential !== null,
      allowedActions: certificateActions(actor, certificate),
      courseId: certificate.courseId,
      courseVersionId: certificate.courseVersionId,
    });
  }
}
