import type { LiveSessionCommand } from '../live-sessions/live-session-rules';

const HOUR = 3_600_000;

/** A training running now (started half an hour ago, ends in an hour) at a commune's hall, for the live-session tests. */
export function liveSessionTestCommand(overrides: Partial<LiveSessionCommand> = {}): LiveSessionCommand {
  return {
    kind: 'TRAINING',
    title: 'Tập huấn kỹ năng số cho trưởng ấp',
    startsAt: new Date(Date.now() - HOUR / 2),
    endsAt: new Date(Date.now() + HOUR),
    place: 'Hội trường UBND xã Tân Thạch',
    capacity: 30,
    creditedHours: 3.5,
    ...overrides,
  };
}
