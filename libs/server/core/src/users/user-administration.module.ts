import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { AccountAdministrationService } from './account-administration.service';
import { UsersModule } from './users.module';

/** Creating, deactivating and reactivating accounts: it needs sessions and mail, which themselves need users. */
@Module({
  imports: [UsersModule, AuthModule, MailModule],
  providers: [AccountAdministrationService],
  exports: [AccountAdministrationService, UsersModule],
})
export class UserAdministrationModule {}
