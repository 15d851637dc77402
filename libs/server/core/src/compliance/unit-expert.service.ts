import { isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { assertCanGovernUnit, assertCanReadCompliance, requirementVisibility } from './compliance-access';

/** The most units `unitsWithoutExpert` answers (the hamlets of a province are thousands: ask by kind). */
export const UNITS_WITHOUT_EXPERT_LIMIT = 2000;

/** Each unit's digital-transformation experts, who re-train its people: members of the unit, appointed by who governs it. */
@Injectable()
export class UnitExpertService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Idempotent; the expert must be a member of the unit itself. */
  async appoint(actor: Actor, orgUnitId: string, userId: string): Promise<OrgUnitEntity> {
    assertCanReadCompliance(actor);
    return this.dataSource.transaction(async (manager) => {
      const unit = isUuid(orgUnitId) ? await manager.findOne(OrgUnitEntity, { where: { id: orgUnitId } }) : null;
      if (!unit) throw DomainError.notFound('orgUnits.notFound', orgUnitId);
      assertCanGovernUnit(actor, unit.path);
      const [person]: Array<{ org_unit_id: string | null }> = isUuid(userId) ? await manager.query('SELECT org_unit_id FROM app_user WHERE id = $1', [userId]) : [];
      if (!person) throw DomainError.badInput('userId', 'compliance.userNotFound', { id: userId });
      if (person.org_unit_id !== unit.id) throw DomainError.badInput('userId', 'compliance.expertNotMember');
      await manager.query('INSERT INTO unit_expert (org_unit_id, user_id, appointed_by_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [unit.id, userId, actor.userId]);
      return unit;
    });
  }

  /** The units the actor is the digital-transformation expert of and still a member of: their report is theirs to read. */
  async mine(actor: Actor): Promise<OrgUnitEntity[]> {
    return this.dataSource
      .getRepository(OrgUnitEntity)
      .createQueryBuilder('ou')
      .innerJoin('unit_expert', 'ue', 'ue.org_unit_id = ou.id AND ue.user_id = :userId', { userId: actor.userId })
      .innerJoin('app_user', 'u', 'u.id = ue.user_id AND u.org_unit_id = ue.org_unit_id')
      .orderBy('ou.path')
      .getMany();
  }

  /** Units (of this kind, or all) where no expert is still a member; a unit manager sees those of their subtree. */
  async unitsWithout(actor: Actor, kind: string | null): Promise<OrgUnitEntity[]> {
    assertCanReadCompliance(actor);
    const paths = requirementVisibility(actor);
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT ou.id FROM org_unit ou
       WHERE ($1::text IS NULL OR ou.kind = upper($1::text))
         AND ($2::text[] IS NULL OR EXISTS (SELECT 1 FROM unnest($2::text[]) AS m(path) WHERE ou.path LIKE m.path || '%'))
         AND NOT EXISTS (SELECT 1 FROM unit_expert ue JOIN app_user u ON u.id = ue.user_id AND u.org_unit_id = ue.org_unit_id WHERE ue.org_unit_id = ou.id)
       ORDER BY ou.path LIMIT ${UNITS_WITHOUT_EXPERT_LIMIT}`,
      [kind?.trim() || null, paths],
    );
    if (rows.length === 0) return [];
    const units = await this.dataSource.getRepository(OrgUnitEntity).findBy(rows.map((row) => ({ id: row.id })));
    const byId = new Map(units.map((unit) => [unit.id, unit]));
    return rows.map((row) => byId.get(row.id) as OrgUnitEntity);
  }
}
