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
 * The level (`code`) of a person whose unit is of the kind `kind` and whose position is `position` (SQL expressions,
 * '' for no position), for a LATERAL join: the first level by order whose unit kinds hold the kind and whose position
 * pattern, if any, the position matches; no row: not placed.
 */
function levelOfSql(kind: string, position: string): string {
  return `SELECT l.code FROM compliance_level l
    WHERE ${kind} = ANY (l.unit_kinds) AND (l.position_pattern IS NULL OR ${position} ~* l.position_pattern)
    ORDER BY l.sort_order, l.code LIMIT 1`;
}

/**
 * The level of the rows of `counted` (user_path, position, …), people counted by unit path and position, as
 * `level_code` (levelOfSql); rows placed in none are left out.
 */
export const PLACED_COUNTS_SQL = `
  SELECT c.*, lv.code AS level_code
  FROM counted c
  JOIN org_unit ou ON ou.path = c.user_path
  CROSS JOIN LATERAL (${levelOfSql('ou.kind', 'c.position')}) lv`;
