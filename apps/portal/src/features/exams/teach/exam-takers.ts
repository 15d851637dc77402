import { compareVietnamese } from '../../../shared/vietnamese-order';

export interface Taker {
  id: string;
  fullName: string;
}

/** The people who took an exam, once each, by name in Vietnamese order: whom a per-learner override or accommodation can name. */
export function distinctTakers(attempts: ReadonlyArray<{ user: { id: string; fullName: string } }>): Taker[] {
  const byId = new Map<string, Taker>();
  for (const { user } of attempts) byId.set(user.id, { id: user.id, fullName: user.fullName });
  return [...byId.values()].sort((a, b) => compareVietnamese(a.fullName, b.fullName));
}
