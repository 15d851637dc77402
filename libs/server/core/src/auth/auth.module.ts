import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { MailModule } from '../mail/mail.module';
import { UsersModule } from '../users/users.module';
import { AuthService } from './auth.service';
import { AuthThrottleService } from './auth-throttle.service';
import { EmailConfirmationService } from './email-confirmation.service';
import { TokenService } from './token.service';

@Module({
  imports: [JwtModule.register({}), UsersModule, MailModule],
  providers: [AuthService, TokenService, AuthThrottleService, EmailConfirmationService],
  exports: [AuthService, TokenService, EmailConfirmationService],
})
export class AuthModule {}
