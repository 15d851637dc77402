import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TRACK_ENTITIES } from './track-entities';
import { TrackService } from './track.service';

@Module({
  imports: [TypeOrmModule.forFeature(TRACK_ENTITIES)],
  providers: [TrackService],
  exports: [TrackService],
})
export class TracksModule {}
