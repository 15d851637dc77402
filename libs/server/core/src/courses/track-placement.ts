import type { EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain.error';
import { moveTo } from './course-ordering';

export interface TrackPlacementCommand {
  trackCode: string;
  /** 1-based place in the track; the end of the track when omitted. */
  position?: number | null;
  mandatory?: boolean | null;
}

/**
 * Places the course in each track, at its place (the end by default) with its mandatory mark, renumbering
 * the track; a track lock serialises concurrent placements. Unknown codes are BAD_USER_INPUT on `field`.
 */
export async function placeInTracks(manager: EntityManager, courseId: string, placements: TrackPlacementCommand[], field: string): Promise<void> {
  const codeOf = (placement: TrackPlacementCommand) => placement.trackCode.trim().toLowerCase();
  const codes = [...new Set(placements.map(codeOf))];
  const tracks: Array<{ id: string; code: string }> = await manager.query('SELECT id, code FROM track WHERE code = ANY($1)', [codes]);
  const unknown = codes.filter((code) => !tracks.some((track) => track.code === code));
  if (unknown.length) throw DomainError.badInput(field, 'course.unknownTracks', { codes: unknown.join(', ') });
  for (const placement of placements) {
    const track = tracks.find((t) => t.code === codeOf(placement)) as { id: string };
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`course_track:${track.id}`]);
    const others: Array<{ course_id: string }> = await manager.query(
      'SELECT course_id FROM course_track WHERE track_id = $1 AND course_id <> $2 ORDER BY position, course_id',
      [track.id, courseId],
    );
    const ids = others.map((row) => row.course_id);
    const order = moveTo(ids, courseId, placement.position ?? ids.length + 1);
    await manager.query(
      `INSERT INTO course_track (course_id, track_id, position, mandatory) VALUES ($1, $2, 0, $3)
       ON CONFLICT (course_id, track_id) DO UPDATE SET mandatory = EXCLUDED.mandatory`,
      [courseId, track.id, placement.mandatory ?? false],
    );
    await manager.query(
      `UPDATE course_track ct SET position = v.position
         FROM unnest($2::uuid[]) WITH ORDINALITY AS v(course_id, position)
        WHERE ct.track_id = $1 AND ct.course_id = v.course_id`,
      [track.id, order],
    );
  }
}

/** Takes the course out of every track (before placing it anew). */
export async function removeFromTracks(manager: EntityManager, courseId: string): Promise<void> {
  await manager.query('DELETE FROM course_track WHERE course_id = $1', [courseId]);
}
