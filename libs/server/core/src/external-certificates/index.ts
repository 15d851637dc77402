export * from './external-certificate-access';
export * from './external-certificate-entities';
export * from './external-certificate-messages';
export * from './external-certificate.entity';
export * from './external-certificate.service';
export * from './external-certificates.module';
