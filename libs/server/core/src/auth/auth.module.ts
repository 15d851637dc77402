import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { MailModule } from '../mail/mail.module';
import { SmsModule } from '../sms/sms.module';
import { UsersModule } from '../users/users.module';
import { SessionActorBatcher } from './session-actor-batcher';
import { AuthService } from './auth.service';
import { AuthThrottleService } from './auth-throttle.service';
import { EmailConfirmationService } from './email-confirmation.service';
import { TokenService } from './token.service';
// After the users module: the user and role-grant entities import each other, and load in that order.
import { PasswordResetService } from './password-reset.service';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // A key object made once: given the secret as a string, jsonwebtoken tries to read it as a PEM public or
      // private key on every verify and sign before using it as a secret (about 0.28 ms of CPU each time).
      useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')) }),
    }),
    UsersModule,
    MailModule,
    SmsModule,
  ],
  providers: [AuthService, TokenService, AuthThrottleService, EmailConfirmationService, SessionActorBatcher, PasswordResetService],
  exports: [AuthService, TokenService, EmailConfirmationService, PasswordResetService],
})
export class AuthModule {}
