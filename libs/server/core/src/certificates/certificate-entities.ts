import { CertificateEntity } from './certificate.entity';

/** Certificates (their serial counters are plain rows taken by SQL). */
export const CERTIFICATE_ENTITIES = [CertificateEntity];
