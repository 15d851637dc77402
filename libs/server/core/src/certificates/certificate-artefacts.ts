import type { CredentialIssuer, CertificateCredentialInput } from './credentials/credential-issuer';
import { type CertificatePdfContent, renderCertificatePdf } from './certificate-pdf';

/** What a certificate still lacks: its PDF, its signed credential, or both. */
export interface ArtefactRequest {
  pdf?: CertificatePdfContent;
  credential?: CertificateCredentialInput;
}

export interface Artefacts {
  /** A Buffer made here; a plain Uint8Array once it has crossed from a thread. */
  pdf?: Uint8Array;
  credential?: Record<string, unknown>;
}

/** Renders and signs what was asked for: the CPU-bound part of issuing, run in the artefact threads or inline. */
export async function makeCertificateArtefacts(issuer: CredentialIssuer | null, request: ArtefactRequest): Promise<Artefacts> {
  const artefacts: Artefacts = {};
  if (request.pdf) artefacts.pdf = await renderCertificatePdf(request.pdf);
  if (request.credential) {
    if (!issuer) throw new Error('a credential was asked for where no credentials are signed');
    artefacts.credential = await issuer.issueCertificateCredential(request.credential);
  }
  return artefacts;
}
