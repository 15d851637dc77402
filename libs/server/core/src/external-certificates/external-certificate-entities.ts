import { ExternalCertificateEvidenceEntity } from './external-certificate-evidence.entity';
import { ExternalCertificateEntity } from './external-certificate.entity';

/** Certificates earned elsewhere and their reviews. */
export const EXTERNAL_CERTIFICATE_ENTITIES = [ExternalCertificateEntity, ExternalCertificateEvidenceEntity];
