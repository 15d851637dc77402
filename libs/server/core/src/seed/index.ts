export * from './seed.module';
export * from './demo-seed.service';
