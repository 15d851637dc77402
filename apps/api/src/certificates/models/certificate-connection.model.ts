import { type Connection, ConnectionType } from '../../common/connection';
import { CertificateModel } from './certificate.model';

export const CertificateConnection = ConnectionType(CertificateModel, 'Certificate');
export type CertificateConnection = Connection<CertificateModel>;
