import { CertificateBatchEntity } from './certificate-batch.entity';
import { CertificateEntity } from './certificate.entity';

/** Certificates and their bulk jobs (serial counters and batch items are plain rows taken by SQL). */
export const CERTIFICATE_ENTITIES = [CertificateEntity, CertificateBatchEntity];
