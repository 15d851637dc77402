import type { TrackEntity } from '../tracks/track.entity';
import type { TrainingRequirementEntity } from './training-requirement.entity';

/** A requirement as the API shows it: with its track and how many people it covers now. */
export interface TrainingRequirementView {
  requirement: TrainingRequirementEntity;
  track: TrackEntity | null;
  assignedCount: number;
}
