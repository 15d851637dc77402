import { Module } from '@nestjs/common';
import { CredentialsModule } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { CredentialsResolver } from './credentials.resolver';
import { DidDocumentController } from './did-document.controller';
import { StatusListController } from './status-list.controller';

const RESOLVERS = [CredentialsResolver];

@Module({ imports: [CredentialsModule], providers: [...RESOLVERS], controllers: [DidDocumentController, StatusListController] })
export class CredentialsApiModule {}

export const CREDENTIALS_API: ApiDomain = { module: CredentialsApiModule, resolvers: RESOLVERS };
