/** A row of the plan's table: who is placed in it is derived from the kind of their unit and their position. */
export interface ComplianceLevel {
  code: string;
  nameVi: string;
  nameEn: string;
  /** The person's own unit is of one of these kinds. */
  unitKinds: string[];
  /** When set, the person's position must match this case-insensitive POSIX regular expression. */
  positionPattern: string | null;
  /** A person is placed in the first level (by this order) that matches them. */
  sortOrder: number;
}

export const LEVEL_BOUNDS = { name: 200, unitKinds: 20, unitKind: 64, positionPattern: 500, sortOrder: 1000, levels: 50 } as const;

export const LEVEL_CODE = /^[A-Z][A-Z0-9_]{0,31}$/;

/** The SQL of one level row, as ComplianceLevel. */
export const LEVEL_COLUMNS = 'code, name_vi AS "nameVi", name_en AS "nameEn", unit_kinds AS "unitKinds", position_pattern AS "positionPattern", sort_order AS "sortOrder"';

/**
 * The level of each person of `person` (user_id, …) as `level_code`: the first level by order whose unit kinds hold
 * the kind of the person's unit and whose position pattern, if any, their position matches; none: not placed.
 */
export const PLACED_PEOPLE_SQL = `
  SELECT p.*, lv.code AS level_code
  FROM person p
  JOIN app_user u ON u.id = p.user_id
  JOIN org_unit ou ON ou.id = u.org_unit_id
  CROSS JOIN LATERAL (
    SELECT l.code FROM compliance_level l
    WHERE ou.kind = ANY (l.unit_kinds) AND (l.position_pattern IS NULL OR coalesce(u.position, '') ~* l.position_pattern)
    ORDER BY l.sort_order, l.code LIMIT 1
  ) lv`;
