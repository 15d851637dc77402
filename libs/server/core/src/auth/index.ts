export * from './auth.module';
export * from './auth.service';
export * from './token.service';
export * from './email-confirmation.service';
export * from './password-reset.service';
export type { OneTimeCodePurpose } from './one-time-code';
