import type { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { createTestOrgUnit, createTestUser } from '../../test-support/fixtures';

/** A published course of these hours, as publishing leaves it (a live version). */
export async function createPublishedCourse(dataSource: DataSource, hours = 1, status = 'PUBLISHED'): Promise<string> {
  const [{ id }]: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO course (code, title, summary, status, hours) VALUES ('RQ-' || substr(md5(random()::text), 1, 10), 'Khóa bắt buộc', 'Tóm tắt', $1, $2) RETURNING id`,
    [status, hours],
  );
  const [{ id: versionId }]: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO course_version (course_id, version, snapshot, lesson_ids, required_lesson_ids) VALUES ($1, 1, '{"modules":[]}', '{}', '{}') RETURNING id`,
    [id],
  );
  await dataSource.query('UPDATE course SET live_version_id = $2 WHERE id = $1', [id, versionId]);
  return id;
}

export async function completeCourse(dataSource: DataSource, userId: string, courseId: string, completedAt = new Date()): Promise<void> {
  await dataSource.query(
    `INSERT INTO enrollment (user_id, course_id, course_version_id, status, progress, completed_at)
     SELECT $1, id, live_version_id, 'COMPLETED', 1, $3 FROM course WHERE id = $2
     ON CONFLICT ON CONSTRAINT enrollment_user_course_key DO UPDATE SET status = 'COMPLETED', progress = 1, completed_at = $3`,
    [userId, courseId, completedAt],
  );
}

type Unit = { id: string; path: string };

/**
 * A small province: P → district D1 (communes C1, C2) and district D2. Officials a1, a2 and citizen a3 in C1,
 * official b1 in C2, official d2 in D2, leader p1 in P; a manager of D1 (a member of no unit, so covered by nothing) and an administrator.
 */
export interface ComplianceWorld {
  province: Unit;
  d1: Unit;
  c1: Unit;
  c2: Unit;
  d2: Unit;
  people: Record<'a1' | 'a2' | 'a3' | 'b1' | 'd2' | 'p1', string>;
  admin: Actor;
  d1Manager: Actor;
  learner: Actor;
}

export async function createComplianceWorld(dataSource: DataSource): Promise<ComplianceWorld> {
  const province = await createTestOrgUnit(dataSource, { kind: 'PROVINCE' });
  const d1 = await createTestOrgUnit(dataSource, { kind: 'DISTRICT', parent: province, name: 'Huyện Một' });
  const d2 = await createTestOrgUnit(dataSource, { kind: 'DISTRICT', parent: province, name: 'Huyện Hai' });
  const c1 = await createTestOrgUnit(dataSource, { kind: 'COMMUNE', parent: d1, name: 'Xã A' });
  const c2 = await createTestOrgUnit(dataSource, { kind: 'COMMUNE', parent: d1, name: 'Xã B' });
  const person = async (orgUnitId: string, audience: 'OFFICIAL' | 'CITIZEN' | 'LEADER') => (await createTestUser(dataSource, { orgUnitId, audience, withPassword: false })).id;
  const people = {
    a1: await person(c1.id, 'OFFICIAL'),
    a2: await person(c1.id, 'OFFICIAL'),
    a3: await person(c1.id, 'CITIZEN'),
    b1: await person(c2.id, 'OFFICIAL'),
    d2: await person(d2.id, 'OFFICIAL'),
    p1: await person(province.id, 'LEADER'),
  };
  const admin = (await createTestUser(dataSource, { roles: [{ role: 'ADMIN' }], withPassword: false })).actor;
  const d1Manager = (await createTestUser(dataSource, { roles: [{ role: 'UNIT_MANAGER', orgUnitId: d1.id }], withPassword: false })).actor;
  const learner = (await createTestUser(dataSource, { withPassword: false })).actor;
  return { province, d1, c1, c2, d2, people, admin, d1Manager, learner };
}
