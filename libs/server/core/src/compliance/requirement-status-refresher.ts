import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { storeExpiredUnitRowsAgain, storeSummariesAgain } from './requirement-summaries';
import { REMOVE_REQUIREMENT_STATUS_SQL, STORE_REQUIREMENT_STATUS_SQL } from './requirement-status-sql';

const PEOPLE_PER_BATCH = 2_000;

export interface StatusRefreshOutcome {
  requirements: number;
  people: number;
}

/**
 * Stores again the rows of `requirement_person_status` that the triggers marked stale, and of those past their
 * `valid_until`: a requirement at a time, then people in batches, each in a transaction of its own that also stores
 * again the summaries of the people whose rows it removed or stored and of their units; then the unit rows past
 * their `valid_until` (a due date among their people has passed since they were counted). A mark is locked
 * while its rows are computed and skipped by a refresh running at the same time; a change committed meanwhile marks
 * the person again, so nothing it did is lost. Until then the reports compute the marked ones from the live tables.
 */
@Injectable()
export class RequirementStatusRefresher {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async refreshStale(): Promise<StatusRefreshOutcome> {
    const outcome: StatusRefreshOutcome = { requirements: 0, people: 0 };
    while (await this.refreshNext('requirement_status_stale_requirement', 'requirement_id', 1)) outcome.requirements += 1;
    await this.dataSource.query(
      `INSERT INTO requirement_status_stale_person (user_id) SELECT DISTINCT user_id FROM requirement_person_status WHERE valid_until <= now()
       ON CONFLICT (user_id) DO NOTHING`,
    );
    for (let count = await this.refreshNext('requirement_status_stale_person', 'user_id', PEOPLE_PER_BATCH); count > 0; count = await this.refreshNext('requirement_status_stale_person', 'user_id', PEOPLE_PER_BATCH)) {
      outcome.people += count;
    }
    await this.dataSource.transaction((manager) => storeExpiredUnitRowsAgain(manager));
    return outcome;
  }

  private async refreshNext(markTable: string, markColumn: 'requirement_id' | 'user_id', limit: number): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // Compiling this statement's many expressions took PostgreSQL's JIT longer than running it.
      await manager.query('SET LOCAL jit = off');
      const marks: Array<{ id: string }> = await manager.query(
        `WITH taken AS (
           DELETE FROM ${markTable} WHERE ${markColumn} IN (SELECT ${markColumn} FROM ${markTable} ORDER BY version LIMIT $1 FOR UPDATE SKIP LOCKED) RETURNING ${markColumn}
         )
         SELECT ${markColumn} AS id FROM taken`,
        [limit],
      );
      if (marks.length === 0) return 0;
      const ids = marks.map((mark) => mark.id);
      const [people, requirements] = markColumn === 'user_id' ? [ids, []] : [[], ids];
      const removed: Array<{ user_id: string }> = await manager.query(REMOVE_REQUIREMENT_STATUS_SQL, [people, requirements]);
      const stored: Array<{ user_id: string }> = await manager.query(STORE_REQUIREMENT_STATUS_SQL, [people, requirements]);
      await storeSummariesAgain(manager, [...new Set([...people, ...removed.map((row) => row.user_id), ...stored.map((row) => row.user_id)])]);
      return marks.length;
    });
  }
}
