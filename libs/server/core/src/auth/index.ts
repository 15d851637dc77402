export * from './auth.module';
export * from './auth.service';
export * from './token.service';
export * from './email-confirmation.service';
