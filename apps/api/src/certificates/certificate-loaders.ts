import type { CertificateEntity, CertificateReadService } from '@hocso/server-core';
import type DataLoader from 'dataloader';
import { mapLoader } from '../graphql/map-loader';

/** Certificates of enrollments, batched per request. */
export class CertificateLoaders {
  readonly currentByEnrollmentId: DataLoader<string, CertificateEntity | null>;

  constructor(reads: CertificateReadService) {
    this.currentByEnrollmentId = mapLoader<CertificateEntity | null>((ids) => reads.currentOfEnrollments(ids), null);
  }
}

declare module '../graphql/request-loaders' {
  interface RequestLoaders {
    certificates: CertificateLoaders;
  }
}
