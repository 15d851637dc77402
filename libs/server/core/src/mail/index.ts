export * from './mail.module';
export * from './mail-sender.service';
