import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { assertCanReadCompliance, requirementVisibility } from '../compliance-access';
import { UNITS_WITHOUT_EXPERT_LIMIT } from '../unit-expert.service';

export interface UnitExpertPerson {
  id: string;
  fullName: string;
  position: string | null;
}

export interface UnitExpertsView {
  orgUnitId: string;
  /** Empty: the unit has no expert who is still its member. */
  experts: UnitExpertPerson[];
}

/** Each unit (of a kind, or all) with its digital-transformation experts; a unit manager sees those of their subtree. */
@Injectable()
export class UnitExpertRosterService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async roster(actor: Actor, kind: string | null): Promise<UnitExpertsView[]> {
    assertCanReadCompliance(actor);
    const rows: Array<{ id: string; experts: UnitExpertPerson[] }> = await this.dataSource.query(
      `SELECT ou.id, coalesce(json_agg(json_build_object('id', u.id, 'fullName', u.full_name, 'position', u.position) ORDER BY u.full_name, u.id)
         FILTER (WHERE u.id IS NOT NULL), '[]') AS experts
       FROM org_unit ou
       LEFT JOIN unit_expert ue ON ue.org_unit_id = ou.id
       LEFT JOIN app_user u ON u.id = ue.user_id AND u.org_unit_id = ou.id
       WHERE ($1::text IS NULL OR ou.kind = upper($1::text))
         AND ($2::text[] IS NULL OR EXISTS (SELECT 1 FROM unnest($2::text[]) AS m(path) WHERE ou.path LIKE m.path || '%'))
       GROUP BY ou.id ORDER BY min(ou.path) LIMIT ${UNITS_WITHOUT_EXPERT_LIMIT}`,
      [kind?.trim() || null, requirementVisibility(actor)],
    );
    return rows.map((row) => ({ orgUnitId: row.id, experts: row.experts }));
  }
}
