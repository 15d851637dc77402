import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CREDENTIAL_ENTITIES } from './credential-entities';
import { CredentialCheckThrottle } from './credential-check-throttle';
import { CredentialIssuer } from './credential-issuer';
import { CredentialKeyRing } from './credential-key-ring';
import { CredentialVerifier } from './credential-verifier';
import { StatusListService } from './status-list.service';
import { TrustedIssuerService } from './trusted-issuer.service';

const SERVICES = [CredentialKeyRing, CredentialIssuer, StatusListService, TrustedIssuerService, CredentialVerifier, CredentialCheckThrottle];

/** Signing the platform's Open Badges credentials, its DID document and revocation status lists; checking credentials offline. */
@Module({
  imports: [TypeOrmModule.forFeature(CREDENTIAL_ENTITIES)],
  providers: SERVICES,
  exports: SERVICES,
})
export class CredentialsModule {}
