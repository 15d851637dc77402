import { TrackEntity } from './track.entity';

/** Learning tracks. */
export const TRACK_ENTITIES = [TrackEntity];
