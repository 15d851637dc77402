import { Module } from '@nestjs/common';
import { AuthModule } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { AuthResolver } from './auth.resolver';

const RESOLVERS = [AuthResolver];

@Module({ imports: [AuthModule], providers: RESOLVERS })
export class AuthApiModule {}

export const AUTH_API: ApiDomain = { module: AuthApiModule, resolvers: RESOLVERS };
