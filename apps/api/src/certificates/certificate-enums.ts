import { registerEnumType } from '@nestjs/graphql';
import { CERTIFICATE_STATUSES } from '@hocso/server-core';
import { actionEnum, enumOf } from '../common/graphql-enums';

export const CertificateStatusEnum = enumOf(CERTIFICATE_STATUSES);
registerEnumType(CertificateStatusEnum, { name: 'CertificateStatus' });

export const CertificateActionEnum = actionEnum('CertificateAction', 'What the signed-in user may do with a certificate', {
  DOWNLOAD: 'pdfUrl, credentialUrl',
  REVOKE: 'revokeCertificate',
  REISSUE: 'reissueCertificate',
});
