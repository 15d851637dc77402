import type { EntityManager } from 'typeorm';
import {
  DEMO_EXPERT_UNIT_KINDS,
  DEMO_FAMILY_NAMES,
  DEMO_GIVEN_NAMES,
  DEMO_LEVEL_PLANS,
  DEMO_MIDDLE_NAMES,
  DEMO_OFFICIAL_MAIL_DOMAIN,
  DEMO_PUBLIC_SERVICE_UNITS,
  DEMO_RECOGNISED_CERTIFICATE,
  DEMO_REQUIREMENT,
  DEMO_STAFF_PER_PUBLIC_SERVICE_UNIT,
  DEMO_UNITS_WITHOUT_EXPERT,
  type DemoLevelPlan,
} from '../../seed/demo-compliance';

interface Person {
  email: string;
  fullName: string;
  orgUnitId: string;
  position: string;
  recognised: boolean;
}

/**
 * Seeds the demo of the plan's table in bulk (a few statements, whatever the number of people): the public service
 * units, the province's IT requirement, the officials of each level (each level's figure less the people already
 * placed in it, such as the demo accounts), the recognised certificates of those who hold the qualification, and an
 * expert in every department, the city and each district but those left without. Keyed by unit code, requirement
 * title and official address: seeding again adds nothing. Returns the officials created.
 */
export async function seedDemoCompliance(manager: EntityManager): Promise<number> {
  const [root]: Array<{ id: string; path: string }> = await manager.query('SELECT id, path FROM org_unit WHERE code = $1', [DEMO_REQUIREMENT.orgUnitCode]);
  if (!root) return 0;
  await seedPublicServiceUnits(manager);
  await seedRequirement(manager, root.id);
  let created = 0;
  for (const plan of DEMO_LEVEL_PLANS) created += await seedLevel(manager, root.path, plan);
  created += await seedPublicServiceStaff(manager, root.path);
  await seedExperts(manager, root.path);
  return created;
}

async function seedPublicServiceUnits(manager: EntityManager): Promise<void> {
  const inserted: Array<{ id: string }> = await manager.query(
    `INSERT INTO org_unit (code, name, kind, parent_id, path)
     SELECT v.code, v.name, 'PUBLIC_SERVICE_UNIT', p.id, '' FROM unnest($1::text[], $2::text[], $3::text[]) AS v(code, name, parent_code)
     JOIN org_unit p ON p.code = v.parent_code
     ON CONFLICT ON CONSTRAINT org_unit_code_key DO NOTHING RETURNING id`,
    [DEMO_PUBLIC_SERVICE_UNITS.map((unit) => unit.code), DEMO_PUBLIC_SERVICE_UNITS.map((unit) => unit.name.normalize('NFC')), DEMO_PUBLIC_SERVICE_UNITS.map((unit) => unit.parentCode)],
  );
  if (inserted.length === 0) return;
  await manager.query(`UPDATE org_unit c SET path = p.path || c.id || '/' FROM org_unit p WHERE c.id = ANY ($1::uuid[]) AND p.id = c.parent_id`, [inserted.map((row) => row.id)]);
}

async function seedRequirement(manager: EntityManager, rootId: string): Promise<void> {
  const [created]: Array<{ id: string }> = await manager.query(
    `INSERT INTO training_requirement (title, org_unit_id, audiences, hours, due_at)
     SELECT $1::varchar, $2::uuid, $3::text[], $4::numeric, $5::timestamptz
     WHERE NOT EXISTS (SELECT 1 FROM training_requirement WHERE title = $1::varchar AND org_unit_id = $2::uuid) RETURNING id`,
    [DEMO_REQUIREMENT.title, rootId, DEMO_REQUIREMENT.audiences, DEMO_REQUIREMENT.hours, DEMO_REQUIREMENT.dueAt],
  );
  if (created) {
    await manager.query(`INSERT INTO requirement_audit (requirement_id, action, after) VALUES ($1, 'CREATE', $2)`, [created.id, JSON.stringify(DEMO_REQUIREMENT)]);
  }
}

async function seedLevel(manager: EntityManager, rootPath: string, plan: DemoLevelPlan): Promise<number> {
  const units = await unitsOfKinds(manager, rootPath, plan.unitKinds);
  if (units.length === 0) return 0;
  const [{ others }]: Array<{ others: number }> = await manager.query(
    `SELECT count(*)::int AS others FROM app_user u JOIN org_unit ou ON ou.id = u.org_unit_id
     CROSS JOIN LATERAL (
       SELECT l.code FROM compliance_level l
       WHERE ou.kind = ANY (l.unit_kinds) AND (l.position_pattern IS NULL OR coalesce(u.position, '') ~* l.position_pattern) ORDER BY l.sort_order, l.code LIMIT 1
     ) lv
     WHERE lv.code = $1 AND ou.path LIKE $2 || '%' AND u.audience = ANY ($3::text[]) AND u.email NOT LIKE $4`,
    [plan.levelCode, rootPath, DEMO_REQUIREMENT.audiences, `%@${DEMO_OFFICIAL_MAIL_DOMAIN}`],
  );
  const people: Person[] = [];
  for (let index = 0; index < plan.required - others; index += 1) {
    people.push({
      email: `${plan.levelCode.toLowerCase().replace(/_/g, '-')}-${index + 1}@${DEMO_OFFICIAL_MAIL_DOMAIN}`,
      fullName: demoName(index + plan.levelCode.length),
      orgUnitId: units[index % units.length],
      position: plan.positions[index % plan.positions.length],
      recognised: index < plan.completed,
    });
  }
  return insertPeople(manager, people);
}

async function seedPublicServiceStaff(manager: EntityManager, rootPath: string): Promise<number> {
  const units = await unitsOfKinds(manager, rootPath, ['PUBLIC_SERVICE_UNIT']);
  const people: Person[] = units.flatMap((orgUnitId, unitIndex) =>
    Array.from({ length: DEMO_STAFF_PER_PUBLIC_SERVICE_UNIT }, (_, index) => ({
      email: `public-service-staff-${unitIndex * DEMO_STAFF_PER_PUBLIC_SERVICE_UNIT + index + 1}@${DEMO_OFFICIAL_MAIL_DOMAIN}`,
      fullName: demoName(unitIndex * 7 + index),
      orgUnitId,
      position: 'Viên chức',
      recognised: false,
    })),
  );
  return insertPeople(manager, people);
}

async function unitsOfKinds(manager: EntityManager, rootPath: string, kinds: string[]): Promise<string[]> {
  const rows: Array<{ id: string }> = await manager.query('SELECT id FROM org_unit WHERE kind = ANY ($1::text[]) AND path LIKE $2 || \'%\' ORDER BY code', [kinds, rootPath]);
  return rows.map((row) => row.id);
}

async function insertPeople(manager: EntityManager, people: Person[]): Promise<number> {
  if (people.length === 0) return 0;
  const inserted: Array<{ id: string; email: string }> = await manager.query(
    `INSERT INTO app_user (full_name, email, audience, org_unit_id, position, email_verified_at)
     SELECT v.full_name, v.email, 'OFFICIAL', v.org_unit_id, v.position, now()
     FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[]) AS v(email, full_name, org_unit_id, position)
     ON CONFLICT ON CONSTRAINT app_user_email_key DO NOTHING RETURNING id, email`,
    [people.map((person) => person.email), people.map((person) => person.fullName), people.map((person) => person.orgUnitId), people.map((person) => person.position)],
  );
  const recognised = new Set(people.filter((person) => person.recognised).map((person) => person.email));
  const holders = inserted.filter((row) => recognised.has(row.email)).map((row) => row.id);
  if (holders.length > 0) {
    const certificate = DEMO_RECOGNISED_CERTIFICATE;
    await manager.query(
      `INSERT INTO external_certificate (holder_id, title, issuer_name, hours, issued_on, status, reviewed_at, submitted_at)
       SELECT holder, $2, $3, $4, $5, 'APPROVED', now(), $5 FROM unnest($1::uuid[]) AS holder`,
      [holders, certificate.title, certificate.issuerName, certificate.hours, certificate.issuedOn],
    );
  }
  return inserted.length;
}

async function seedExperts(manager: EntityManager, rootPath: string): Promise<void> {
  await manager.query(
    `INSERT INTO unit_expert (org_unit_id, user_id)
     SELECT DISTINCT ON (ou.id) ou.id, u.id FROM org_unit ou JOIN app_user u ON u.org_unit_id = ou.id AND u.email LIKE $4
     WHERE ou.kind = ANY ($1::text[]) AND ou.path LIKE $2 || '%' AND NOT (ou.code = ANY ($3::text[]))
       AND NOT EXISTS (SELECT 1 FROM unit_expert ue WHERE ue.org_unit_id = ou.id)
     ORDER BY ou.id, u.email`,
    [DEMO_EXPERT_UNIT_KINDS, rootPath, DEMO_UNITS_WITHOUT_EXPERT, `%@${DEMO_OFFICIAL_MAIL_DOMAIN}`],
  );
}

function demoName(seed: number): string {
  const family = DEMO_FAMILY_NAMES[seed % DEMO_FAMILY_NAMES.length];
  const middle = DEMO_MIDDLE_NAMES[Math.floor(seed / DEMO_FAMILY_NAMES.length) % DEMO_MIDDLE_NAMES.length];
  const given = DEMO_GIVEN_NAMES[Math.floor(seed / 7) % DEMO_GIVEN_NAMES.length];
  return `${family} ${middle} ${given}`.normalize('NFC');
}
