import { Args, Query, Resolver } from '@nestjs/graphql';
import { TrackService } from '@hocso/server-core';
import { Public } from '../auth/public.decorator';
import { TrackModel } from './models/track.model';
import { LIST_BOUNDS } from '../graphql/list-bounds';
import { ListSize } from '../graphql/list-size';
import { TEXT_BOUNDS } from '../graphql/text-bounds';
import { ArgMaxLengths } from '../graphql/text-lengths';

@Resolver(() => TrackModel)
export class TracksResolver {
  constructor(private readonly trackService: TrackService) {}

  @Public()
  @ListSize(LIST_BOUNDS.tracks)
  @Query(() => [TrackModel])
  async tracks(): Promise<TrackModel[]> {
    return (await this.trackService.list()).map(TrackModel.from);
  }

  @Public()
  @ArgMaxLengths({ code: TEXT_BOUNDS.code })
  @Query(() => TrackModel, { nullable: true })
  async track(@Args('code') code: string): Promise<TrackModel | null> {
    const track = await this.trackService.findByCode(code);
    return track ? TrackModel.from(track) : null;
  }
}
