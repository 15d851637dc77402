import type { TrackEntity } from '../tracks/track.entity';
import type { CohortEntity } from './cohort.entity';

/** A cohort as the API shows it: with the path of its unit (for its access rules), its track and its number of members. */
export interface CohortView {
  cohort: CohortEntity;
  orgUnitPath: string;
  track: TrackEntity | null;
  memberCount: number;
}
