import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { TrackEntity } from './track.entity';

@Injectable()
export class TrackService {
  constructor(@InjectRepository(TrackEntity) private readonly tracks: Repository<TrackEntity>) {}

  list(): Promise<TrackEntity[]> {
    return this.tracks.find({ order: { position: 'ASC', code: 'ASC' } });
  }

  findByCode(code: string): Promise<TrackEntity | null> {
    return this.tracks.findOne({ where: { code: code.trim().toLowerCase() } });
  }
}
