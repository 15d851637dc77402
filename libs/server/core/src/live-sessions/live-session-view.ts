import type { LiveSessionEntity } from './live-session.entity';

/** A session as the API shows it to one reader: its seats taken, who attended, and where the reader stands. */
export interface LiveSessionView {
  session: LiveSessionEntity;
  registeredCount: number;
  attendedCount: number;
  viewer: { registered: boolean; attended: boolean };
}
