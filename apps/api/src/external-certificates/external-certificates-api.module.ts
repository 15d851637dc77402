import { Module } from '@nestjs/common';
import { ExternalCertificatesModule } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { ExternalCertificatesResolver } from './external-certificates.resolver';

const RESOLVERS = [ExternalCertificatesResolver];

@Module({ imports: [ExternalCertificatesModule], providers: RESOLVERS })
export class ExternalCertificatesApiModule {}

export const EXTERNAL_CERTIFICATES_API: ApiDomain = { module: ExternalCertificatesApiModule, resolvers: RESOLVERS };
