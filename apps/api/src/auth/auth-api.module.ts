import { Module } from '@nestjs/common';
import { AuthModule } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { AuthResolver } from './auth.resolver';
import { PasswordResetResolver } from './password-reset.resolver';
import { FileSessionModule } from './file-session.module';

const RESOLVERS = [AuthResolver, PasswordResetResolver];

@Module({ imports: [AuthModule, FileSessionModule], providers: RESOLVERS })
export class AuthApiModule {}

export const AUTH_API: ApiDomain = { module: AuthApiModule, resolvers: RESOLVERS };
