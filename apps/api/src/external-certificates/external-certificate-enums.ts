import { registerEnumType } from '@nestjs/graphql';
import { EXTERNAL_CERTIFICATE_STATUSES } from '@hocso/server-core';
import { enumOf } from '../common/graphql-enums';

export const ExternalCertificateStatusEnum = enumOf(EXTERNAL_CERTIFICATE_STATUSES);

registerEnumType(ExternalCertificateStatusEnum, { name: 'ExternalCertificateStatus' });
