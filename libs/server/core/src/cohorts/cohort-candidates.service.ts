import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { escapeLike, searchWordsOf } from '../users/user-search-words';
import type { CohortView } from './cohort-view';
import { CohortService } from './cohort.service';
import { canManageCohort } from './cohorts-access';

export const COHORT_CANDIDATE_LIMITS = { searchMin: 2, searchMax: 200, resultsMax: 20 } as const;

/** Someone who could join a cohort: a person of its unit's subtree, with whether they already are a member. */
export interface CohortCandidate {
  userId: string;
  fullName: string;
  orgUnitName: string | null;
  audience: string;
  member: boolean;
}

/**
 * Finding people to add to a cohort, for whoever may add them (its owner, administrators). Only people of the
 * cohort's unit subtree are searched: a trainer or an expert learns nothing of anyone else. By name, e-mail or phone.
 */
@Injectable()
export class CohortCandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortService,
  ) {}

  async search(actor: Actor, cohortId: string, search: string): Promise<CohortCandidate[]> {
    const view: CohortView = await this.cohorts.visible(actor, cohortId);
    if (!canManageCohort(actor, { ownerId: view.cohort.ownerId, orgUnitPath: view.orgUnitPath })) throw DomainError.forbidden('cohorts.manageForbidden');
    const tidy = search.normalize('NFC').trim();
    if (tidy.length < COHORT_CANDIDATE_LIMITS.searchMin || tidy.length > COHORT_CANDIDATE_LIMITS.searchMax) {
      throw DomainError.badInput('search', 'cohorts.searchLength', { min: COHORT_CANDIDATE_LIMITS.searchMin, max: COHORT_CANDIDATE_LIMITS.searchMax });
    }
    // Every word must appear in the name, e-mail or phone, accents and case aside, as on the people page.
    const words = searchWordsOf(tidy).map(escapeLike);
    const rows: Array<{ id: string; full_name: string; unit_name: string | null; audience: string; member: boolean }> = await this.dataSource.query(
      `SELECT u.id, u.full_name, ou.name AS unit_name, u.audience,
              EXISTS (SELECT 1 FROM cohort_member m WHERE m.cohort_id = $1 AND m.user_id = u.id) AS member
       FROM app_user u JOIN org_unit ou ON ou.id = u.org_unit_id
       WHERE ou.path LIKE $2 || '%' AND u.deactivated_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM unnest($3::text[]) AS w(word) WHERE u.search_text NOT LIKE '%' || lower(f_unaccent(w.word)) || '%')
       ORDER BY u.full_name, u.id LIMIT ${COHORT_CANDIDATE_LIMITS.resultsMax}`,
      [view.cohort.id, view.orgUnitPath, words],
    );
    return rows.map((row) => ({ userId: row.id, fullName: row.full_name, orgUnitName: row.unit_name, audience: row.audience, member: row.member }));
  }
}
