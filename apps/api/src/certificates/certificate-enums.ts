import { registerEnumType } from '@nestjs/graphql';
import { CERTIFICATE_BATCH_KINDS, CERTIFICATE_BATCH_STATES } from '@hocso/contracts';
import { CERTIFICATE_STATUSES } from '@hocso/server-core';
import { actionEnum, enumOf } from '../common/graphql-enums';

export const CertificateStatusEnum = enumOf(CERTIFICATE_STATUSES);
registerEnumType(CertificateStatusEnum, { name: 'CertificateStatus' });

export const CertificateActionEnum = actionEnum('CertificateAction', 'What the signed-in user may do with a certificate', {
  DOWNLOAD: 'pdfUrl, credentialUrl',
  REVOKE: 'revokeCertificate',
  REISSUE: 'reissueCertificate',
});

export const CertificateBatchKindEnum = enumOf(CERTIFICATE_BATCH_KINDS);
registerEnumType(CertificateBatchKindEnum, { name: 'CertificateBatchKind', description: "ISSUE: for the course's completions without a certificate; REISSUE: every ACTIVE certificate of the course" });

export const CertificateBatchStateEnum = enumOf(CERTIFICATE_BATCH_STATES);
registerEnumType(CertificateBatchStateEnum, { name: 'CertificateBatchState' });
