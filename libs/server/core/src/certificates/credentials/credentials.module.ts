import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CREDENTIAL_ENTITIES } from './credential-entities';
import { CredentialIssuer } from './credential-issuer';
import { CredentialKeyRing } from './credential-key-ring';
import { StatusListService } from './status-list.service';

const SERVICES = [CredentialKeyRing, CredentialIssuer, StatusListService];

/** Signing the platform's Open Badges credentials, its DID document and its revocation status lists. */
@Module({
  imports: [TypeOrmModule.forFeature(CREDENTIAL_ENTITIES)],
  providers: SERVICES,
  exports: SERVICES,
})
export class CredentialsModule {}
