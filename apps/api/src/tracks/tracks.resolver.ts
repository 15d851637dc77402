import { Args, Query, Resolver } from '@nestjs/graphql';
import { TrackService } from '@hocso/server-core';
import { Public } from '../auth/public.decorator';
import { TrackModel } from './models/track.model';

@Resolver(() => TrackModel)
export class TracksResolver {
  constructor(private readonly trackService: TrackService) {}

  @Public()
  @Query(() => [TrackModel])
  async tracks(): Promise<TrackModel[]> {
    return (await this.trackService.list()).map(TrackModel.from);
  }

  @Public()
  @Query(() => TrackModel, { nullable: true })
  async track(@Args('code') code: string): Promise<TrackModel | null> {
    const track = await this.trackService.findByCode(code);
    return track ? TrackModel.from(track) : null;
  }
}
