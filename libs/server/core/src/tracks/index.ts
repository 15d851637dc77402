export * from './tracks.module';
export * from './track.service';
export * from './track.entity';
