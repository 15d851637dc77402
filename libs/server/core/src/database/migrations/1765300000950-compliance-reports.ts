import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The compliance reports' own tables: the levels of the plan's table and how a person is placed in one, the daily
 * snapshots of each unit's figures (the trend), and the reminders sent (at most one per unit, requirement and day).
 */
export class ComplianceReports1765300000950 implements MigrationInterface {
  name = 'ComplianceReports1765300000950';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE compliance_level (
        code varchar(32) PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
        name_vi varchar(200) NOT NULL,
        name_en varchar(200) NOT NULL,
        unit_kinds text[] NOT NULL CHECK (cardinality(unit_kinds) > 0),
        position_pattern varchar(500),
        sort_order int NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO compliance_level (code, name_vi, name_en, unit_kinds, position_pattern, sort_order) VALUES
        ('PROVINCE_OFFICIALS', 'Cán bộ, công chức cấp tỉnh', 'Province-level officials', '{DEPARTMENT}', NULL, 1),
        ('DISTRICT_OFFICIALS', 'Cán bộ, công chức cấp huyện', 'District-level officials', '{DISTRICT,CITY}', NULL, 2),
        ('PUBLIC_SERVICE_HEADS', 'Viên chức quản lý đơn vị sự nghiệp công lập', 'Heads of public service units', '{PUBLIC_SERVICE_UNIT}',
          '^(phó )?(giám đốc|hiệu trưởng|viện trưởng|trưởng|tổ trưởng|chánh)', 3);

      CREATE TABLE compliance_snapshot (
        day date NOT NULL,
        org_unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE CASCADE,
        required int NOT NULL,
        completed int NOT NULL,
        overdue int NOT NULL,
        taken_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_unit_id, day)
      );

      CREATE TABLE compliance_reminder (
        org_unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE CASCADE,
        requirement_id uuid NOT NULL REFERENCES training_requirement(id) ON DELETE CASCADE,
        day date NOT NULL,
        sent_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        recipients int NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_unit_id, requirement_id, day)
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE compliance_reminder; DROP TABLE compliance_snapshot; DROP TABLE compliance_level;');
  }
}
