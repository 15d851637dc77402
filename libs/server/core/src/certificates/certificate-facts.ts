import type { EntityManager } from 'typeorm';

/** What a new certificate of an enrollment says, read as it is now (the holder's name NFC). */
export interface CertificateFacts {
  enrollmentId: string;
  enrollmentStatus: string;
  userId: string;
  courseId: string;
  courseVersionId: string;
  courseVersion: number;
  holderName: string;
  courseTitle: string;
  hours: number;
  completedAt: Date | null;
  /** Which completion of the enrollment `completedAt` is. */
  completionNumber: number;
}

/** Reads the facts of an enrollment and locks its row until the caller's transaction ends: one issuer at a time per enrollment. */
export async function lockCertificateFacts(manager: EntityManager, enrollmentId: string): Promise<CertificateFacts | null> {
  return (await lockCertificateFactsOfMany(manager, [enrollmentId])).get(enrollmentId) ?? null;
}

/** The same for several enrollments at once, locked in the order of their ids (two batches never wait for each other in a circle). */
export async function lockCertificateFactsOfMany(manager: EntityManager, enrollmentIds: readonly string[]): Promise<Map<string, CertificateFacts>> {
  const rows = (await manager.query(
    `SELECT e.id, e.status, e.user_id, e.course_id, e.course_version_id, v.version, u.full_name, c.title, c.hours, e.completed_at, e.completion_number
       FROM enrollment e
       JOIN app_user u ON u.id = e.user_id
       JOIN course c ON c.id = e.course_id
       JOIN course_version v ON v.id = e.course_version_id
      WHERE e.id = ANY($1::uuid[])
      ORDER BY e.id
        FOR UPDATE OF e`,
    [enrollmentIds],
  )) as Array<Record<string, unknown>>;
  return new Map(
    rows.map((row) => [
      row['id'] as string,
      {
        enrollmentId: row['id'] as string,
        enrollmentStatus: row['status'] as string,
        userId: row['user_id'] as string,
        courseId: row['course_id'] as string,
        courseVersionId: row['course_version_id'] as string,
        courseVersion: row['version'] as number,
        holderName: (row['full_name'] as string).normalize('NFC'),
        courseTitle: (row['title'] as string).normalize('NFC'),
        hours: Number(row['hours']),
        completedAt: row['completed_at'] as Date | null,
        completionNumber: row['completion_number'] as number,
      },
    ]),
  );
}
