import { Inject, Injectable } from '@nestjs/common';
import * as vc from '@digitalbazaar/vc';
import { APP_CONFIG } from '../../config/app-config.token';
import { type AppConfig, publicUrlOf } from '../../config/app-config';
import { CREDENTIALS_V2_CONTEXT, OPEN_BADGES_CONTEXT } from './credential-contexts';
import { didDocumentResolver, staticDocumentLoader } from './credential-document-loader';
import { CredentialKeyRing } from './credential-key-ring';
import { signingSuite } from './credential-signing-suite';
import { statusListUrlOf } from './credential-urls';

/** What a certificate's Open Badges credential says. */
export interface CertificateCredentialInput {
  credentialId: string;
  serial: string;
  holderName: string;
  courseTitle: string;
  courseVersion: number;
  hours: number;
  completedAt: Date;
  issuedAt: Date;
  verifyUrl: string;
  status: { listId: string; index: number };
}

/** Signs the platform's credentials: Open Badges 3.0 on the VC Data Model 2.0, `eddsa-rdfc-2022` proofs. */
@Injectable()
export class CredentialIssuer {
  private readonly publicUrl: string;
  private readonly issuerName: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly keys: CredentialKeyRing,
  ) {
    this.publicUrl = publicUrlOf(config);
    this.issuerName = config.CERTIFICATE_ISSUER_NAME;
  }

  /** The platform's did:web identifier. */
  get issuerId(): string {
    return this.keys.did;
  }

  /** The issuer's profile, embedded in every Open Badges credential it signs. */
  issuerProfile(): Record<string, unknown> {
    return { id: this.keys.did, type: ['Profile'], name: this.issuerName, url: this.publicUrl };
  }

  async issueCertificateCredential(input: CertificateCredentialInput): Promise<Record<string, unknown>> {
    const holderName = input.holderName.normalize('NFC');
    const courseTitle = input.courseTitle.normalize('NFC');
    const statusListCredential = statusListUrlOf(this.publicUrl, input.status.listId);
    const credential: Record<string, unknown> = {
      '@context': [CREDENTIALS_V2_CONTEXT, OPEN_BADGES_CONTEXT],
      id: `urn:uuid:${input.credentialId}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: this.issuerProfile(),
      validFrom: input.issuedAt.toISOString(),
      awardedDate: input.issuedAt.toISOString(),
      name: courseTitle,
      credentialSubject: {
        type: ['AchievementSubject'],
        name: holderName,
        identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: holderName }],
        activityEndDate: input.completedAt.toISOString(),
        // Study hours, as Open Badges counts what a learner earned.
        creditsEarned: input.hours,
        achievement: {
          id: `${input.verifyUrl}#achievement`,
          type: ['Achievement'],
          achievementType: 'Certificate',
          name: courseTitle,
          version: String(input.courseVersion),
          creditsAvailable: input.hours,
          criteria: { narrative: `Hoàn thành khóa học "${courseTitle}" (phiên bản ${input.courseVersion}, ${input.hours} giờ học) trên HocSo.` },
        },
      },
      evidence: [{ id: input.verifyUrl, type: ['Evidence'], name: input.serial, narrative: `Tra cứu chứng chỉ ${input.serial}` }],
      credentialStatus: {
        id: `${statusListCredential}#${input.status.index}`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: String(input.status.index),
        statusListCredential,
      },
    };
    return this.sign(credential, input.issuedAt);
  }

  /** Adds the platform's proof to an unsigned credential whose every term its contexts define. */
  async sign(credential: Record<string, unknown>, date: Date): Promise<Record<string, unknown>> {
    const suite = signingSuite(this.keys.signingKey, date);
    return vc.issue({ credential, suite, documentLoader: staticDocumentLoader(didDocumentResolver(this.keys.didDocument())) });
  }
}
