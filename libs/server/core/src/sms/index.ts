export * from './sms.module';
export * from './sms.service';
export * from './sms-sender';
