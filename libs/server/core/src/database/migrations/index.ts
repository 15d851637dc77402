import { Foundation1764100000000 } from './1764100000000-foundation';

/** Every migration, in order. Listed explicitly so bundling and tests see the same set. */
export const MIGRATIONS = [Foundation1764100000000];
