import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { assertAdmin } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { DomainError } from '../../errors/domain.error';
import { assertCanReadCompliance } from '../compliance-access';
import { type ComplianceLevel, LEVEL_BOUNDS, LEVEL_CODE, LEVEL_COLUMNS } from './compliance-level';

/** The levels of the report by level: read by whoever reads compliance reports, changed by administrators. */
@Injectable()
export class ComplianceLevelsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(actor: Actor): Promise<ComplianceLevel[]> {
    assertCanReadCompliance(actor);
    return this.dataSource.query(`SELECT ${LEVEL_COLUMNS} FROM compliance_level ORDER BY sort_order, code LIMIT ${LEVEL_BOUNDS.levels}`);
  }

  /** Adds the level, or replaces the one of that code; the next report places people by it. */
  async set(actor: Actor, level: ComplianceLevel): Promise<ComplianceLevel> {
    assertAdmin(actor);
    const clean = await this.validated(level);
    const [saved]: ComplianceLevel[] = await this.dataSource.query(
      `INSERT INTO compliance_level (code, name_vi, name_en, unit_kinds, position_pattern, sort_order) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en, unit_kinds = EXCLUDED.unit_kinds,
         position_pattern = EXCLUDED.position_pattern, sort_order = EXCLUDED.sort_order, updated_at = now()
       RETURNING ${LEVEL_COLUMNS}`,
      [clean.code, clean.nameVi, clean.nameEn, clean.unitKinds, clean.positionPattern, clean.sortOrder],
    );
    return saved;
  }

  async remove(actor: Actor, code: string): Promise<void> {
    assertAdmin(actor);
    const deleted: unknown[] = await this.dataSource.query('DELETE FROM compliance_level WHERE code = $1 RETURNING code', [code]);
    if (deleted.length === 0) throw DomainError.notFound('complianceReports.levelNotFound', code);
  }

  private async validated(level: ComplianceLevel): Promise<ComplianceLevel> {
    const code = level.code.trim().toUpperCase();
    if (!LEVEL_CODE.test(code)) throw DomainError.badInput('code', 'complianceReports.levelCodeInvalid');
    const nameVi = level.nameVi.normalize('NFC').trim();
    const nameEn = level.nameEn.normalize('NFC').trim();
    for (const [field, name] of [['nameVi', nameVi], ['nameEn', nameEn]] as const) {
      if (name.length === 0 || name.length > LEVEL_BOUNDS.name) throw DomainError.badInput(field, 'complianceReports.levelNameInvalid', { max: LEVEL_BOUNDS.name });
    }
    const unitKinds = [...new Set(level.unitKinds.map((kind) => kind.trim().toUpperCase()).filter((kind) => kind.length > 0))];
    if (unitKinds.length === 0 || unitKinds.length > LEVEL_BOUNDS.unitKinds || unitKinds.some((kind) => kind.length > LEVEL_BOUNDS.unitKind)) {
      throw DomainError.badInput('unitKinds', 'complianceReports.unitKindsInvalid', { max: LEVEL_BOUNDS.unitKinds });
    }
    const positionPattern = level.positionPattern?.trim() || null;
    if (positionPattern !== null && (positionPattern.length > LEVEL_BOUNDS.positionPattern || !(await this.isValidPattern(positionPattern)))) {
      throw DomainError.badInput('positionPattern', 'complianceReports.positionPatternInvalid', { max: LEVEL_BOUNDS.positionPattern });
    }
    if (!Number.isInteger(level.sortOrder) || level.sortOrder < 0 || level.sortOrder > LEVEL_BOUNDS.sortOrder) {
      throw DomainError.badInput('sortOrder', 'complianceReports.sortOrderInvalid', { max: LEVEL_BOUNDS.sortOrder });
    }
    return { code, nameVi, nameEn, unitKinds, positionPattern, sortOrder: level.sortOrder };
  }

  /** PostgreSQL's own regular expressions are the ones the report runs, so PostgreSQL says whether it compiles. */
  private async isValidPattern(pattern: string): Promise<boolean> {
    try {
      await this.dataSource.query("SELECT '' ~* $1", [pattern]);
      return true;
    } catch {
      return false;
    }
  }
}
