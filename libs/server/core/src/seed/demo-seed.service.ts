import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DEMO_ACCOUNTS } from '@hocso/contracts';
import { hashPassword } from '../auth/password-hasher';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { DEMO_ORG_TREE, type OrgUnitSeed } from './demo-org-tree';
import { DEMO_TRACKS } from './demo-tracks';
import { seedDemoCourses } from '../courses/demo-course-seeder';
import { createFileStorage } from '../storage/storage.module';
import { seedDemoQuestionBanks } from '../question-bank/demo-question-bank-seeder';
import { DEMO_COURSES } from './demo-courses';
import { DEMO_QUESTION_BANKS } from './demo-question-banks';
import { seedDemoExams } from '../exams/demo-exam-seeder';
import { DEMO_EXAMS } from './demo-exams';
import { seedDemoCompliance } from '../compliance/reports/demo-compliance-seeder';
import { seedDemoLiveSessions } from '../live-sessions/demo-live-session-seeder';
import { DEMO_LIVE_SESSIONS } from './demo-live-sessions';

export interface SeedReport {
  orgUnitsCreated: number;
  tracksCreated: number;
  accountsCreated: number;
  coursesCreated: number;
  questionBanksCreated: number;
  examsCreated: number;
  officialsCreated: number;
  liveSessionsCreated: number;
}

/** The demo trainer authors the demo courses, banks and exams. */
const DEMO_AUTHOR = 'trainer@demo.hocso.vn';

/**
 * Reference data (the province's org tree, the four tracks) and the demo accounts. Idempotent: every
 * insert is keyed by a natural key and skipped when present, so a second start seeds nothing twice
 * and never overwrites what people changed.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger('Seed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async seed(options: { demoAccounts: boolean }): Promise<SeedReport> {
    const report = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(7402113002)');
      const orgUnitsCreated = await this.seedOrgUnit(manager, DEMO_ORG_TREE, null);
      const tracksCreated = await this.seedTracks(manager);
      const accountsCreated = options.demoAccounts ? await this.seedAccounts(manager) : 0;
      // Banks, then the exams drawn from them, then the courses whose EXAM lessons show those exams.
      const questionBanksCreated = await seedDemoQuestionBanks(manager, DEMO_QUESTION_BANKS, DEMO_AUTHOR);
      const examsCreated = await seedDemoExams(manager, DEMO_EXAMS, DEMO_AUTHOR);
      const coursesCreated = await this.seedCourses(manager);
      // The plan's table by level: demo people, like the demo accounts.
      const officialsCreated = options.demoAccounts ? await seedDemoCompliance(manager) : 0;
      const liveSessionsCreated = options.demoAccounts ? await seedDemoLiveSessions(manager, DEMO_LIVE_SESSIONS, DEMO_AUTHOR) : 0;
      return { orgUnitsCreated, tracksCreated, accountsCreated, coursesCreated, questionBanksCreated, examsCreated, officialsCreated, liveSessionsCreated };
    });
    this.logger.log(
      `Seed: ${report.orgUnitsCreated} org units, ${report.tracksCreated} tracks, ${report.accountsCreated} demo accounts, ${report.coursesCreated} courses, ${report.questionBanksCreated} question banks, ${report.examsCreated} exams, ${report.officialsCreated} demo officials, ${report.liveSessionsCreated} live sessions created`,
    );
    return report;
  }

  private async seedOrgUnit(manager: EntityManager, unit: OrgUnitSeed, parent: { id: string; path: string } | null): Promise<number> {
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO org_unit (code, name, kind, parent_id, path) VALUES ($1, $2, $3, $4, '')
       ON CONFLICT ON CONSTRAINT org_unit_code_key DO NOTHING RETURNING id`,
      [unit.code, unit.name.normalize('NFC'), unit.kind, parent?.id ?? null],
    );
    let created = inserted.length;
    if (created) {
      await manager.query('UPDATE org_unit SET path = $2 WHERE id = $1', [inserted[0].id, `${parent?.path ?? '/'}${inserted[0].id}/`]);
    }
    const [self]: Array<{ id: string; path: string }> = await manager.query('SELECT id, path FROM org_unit WHERE code = $1', [unit.code]);
    for (const child of unit.children ?? []) created += await this.seedOrgUnit(manager, child, self);
    return created;
  }

  /** The demo courses, published, keyed by course code; authored by the demo trainer when that account exists. */
  private seedCourses(manager: EntityManager): Promise<number> {
    return seedDemoCourses(manager, DEMO_COURSES, DEMO_AUTHOR, createFileStorage(this.config));
  }

  private async seedTracks(manager: EntityManager): Promise<number> {
    let created = 0;
    for (const track of DEMO_TRACKS) {
      const rows: unknown[] = await manager.query(
        `INSERT INTO track (code, title, description, title_en, description_en, audiences, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT ON CONSTRAINT track_code_key DO NOTHING RETURNING id`,
        [track.code, track.title, track.description, track.titleEn, track.descriptionEn, track.audiences, track.position],
      );
      created += rows.length;
    }
    return created;
  }

  private async seedAccounts(manager: EntityManager): Promise<number> {
    const passwordHash = await hashPassword(this.config.DEMO_PASSWORD);
    let created = 0;
    for (const account of DEMO_ACCOUNTS) {
      // The demo mailboxes are ours: the accounts are confirmed (also those seeded before confirmation existed).
      const inserted: Array<{ id: string; inserted: boolean }> = await manager.query(
        `INSERT INTO app_user (full_name, email, password_hash, audience, org_unit_id, position, email_verified_at)
         VALUES ($1, $2, $3, $4, (SELECT id FROM org_unit WHERE code = $5), $6, now())
         ON CONFLICT ON CONSTRAINT app_user_email_key
           DO UPDATE SET email_verified_at = coalesce(app_user.email_verified_at, now()) WHERE app_user.email_verified_at IS NULL
         RETURNING id, (xmax = 0) AS inserted`,
        [account.fullName, account.email, passwordHash, account.audience, account.orgUnitCode, account.position],
      );
      if (!inserted[0]?.inserted) continue;
      created += 1;
      for (const grant of account.roles) {
        await manager.query(
          `INSERT INTO role_grant (user_id, role, org_unit_id)
           VALUES ($1, $2, (SELECT id FROM org_unit WHERE code = $3))
           ON CONFLICT ON CONSTRAINT role_grant_unique DO NOTHING`,
          [inserted[0].id, grant.role, grant.orgUnitCode ?? null],
        );
      }
    }
    return created;
  }
}
