import { Module } from '@nestjs/common';
import { FileSessionCookie } from './file-session-cookie';

/** The file cookie, for the resolvers that start, renew or end a session. */
@Module({ providers: [FileSessionCookie], exports: [FileSessionCookie] })
export class FileSessionModule {}
