import { workerData } from 'node:worker_threads';
import type { AppConfig } from '../config/app-config';
import { type ArtefactRequest, type Artefacts, makeCertificateArtefacts } from './certificate-artefacts';
import { CredentialIssuer } from './credentials/credential-issuer';
import { CredentialKeyRing } from './credentials/credential-key-ring';

/** The data each artefact thread starts with: the process's configuration (the signing key and issuer among it). */
export interface ArtefactThreadData {
  config: AppConfig;
  signsCredentials: boolean;
}

const { config, signsCredentials } = workerData as ArtefactThreadData;
const issuer = signsCredentials ? new CredentialIssuer(config, new CredentialKeyRing(config)) : null;

/** One certificate's artefacts, in this thread (piscina calls it by this name). */
export function make(request: ArtefactRequest): Promise<Artefacts> {
  return makeCertificateArtefacts(issuer, request);
}
