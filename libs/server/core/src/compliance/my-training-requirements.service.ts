import type { Audience } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import type { Actor } from '../access/actor';
import { TrackEntity } from '../tracks/track.entity';
import { coveredPeopleSql, scopedRequirementCte } from './covered-people-sql';
import { type PersonRequirementStateRow, PERSON_REQUIREMENT_STATE_SQL, type PersonRequirementView, personRequirementViewOf } from './person-requirement-state-sql';
import { isWithinRenewalWindow, renewalWindowOf } from './renewal-window';
import { TrainingRequirementEntity } from './training-requirement.entity';

/** A requirement covering the reader, and why: the unit whose subtree they are in, and the audience it names. */
export interface MyTrainingRequirement extends PersonRequirementView {
  requirement: TrainingRequirementEntity;
  track: TrackEntity | null;
  /** The requirement's unit, which the person belongs to (directly or through a sub-unit). */
  coveredThroughOrgUnitId: string;
  /** The person's audience when the requirement names audiences; null when it covers everyone of the unit. */
  audience: Audience | null;
  /** When a met recurring requirement's completion expires (its due date); null otherwise. */
  expiresAt: Date | null;
  /** When its renewal window opens; null without a window or while not met. */
  renewalOpensAt: Date | null;
  /** Met, recurring, and inside its renewal window: to be renewed before `expiresAt`. */
  dueForRenewal: boolean;
}

/** Still to meet first, then to be renewed, then the rest, each as the query ordered them. */
function listRank(item: MyTrainingRequirement): number {
  if (item.state !== 'COMPLETED' && item.state !== 'EXEMPT') return 0;
  return item.dueForRenewal ? 1 : 2;
}

/**
 * The reader's own requirements, soonest due first; anyone signed in, for themselves only. A met recurring requirement
 * carries its expiry (its due date) and, inside its renewal window, is to be renewed.
 */
@Injectable()
export class MyTrainingRequirementsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor): Promise<MyTrainingRequirement[]> {
    const rows: Array<PersonRequirementStateRow & { audience: Audience | null }> = await this.dataSource.query(
      `WITH ${scopedRequirementCte(`EXISTS (SELECT 1 FROM app_user me JOIN org_unit ou ON ou.id = me.org_unit_id WHERE me.id = $1 AND ou.path LIKE s.path || '%')`)},
       covered AS (SELECT * FROM (${coveredPeopleSql()}) c WHERE c.user_id = $1),
       state AS (${PERSON_REQUIREMENT_STATE_SQL})
       SELECT st.*, CASE WHEN cardinality(r.audiences) > 0 THEN u.audience END AS audience
       FROM state st JOIN training_requirement r ON r.id = st.requirement_id JOIN app_user u ON u.id = st.user_id
       ORDER BY (st.state IN ('COMPLETED', 'EXEMPT')), st.due_at, r.id`,
      [actor.userId],
    );
    if (rows.length === 0) return [];
    const requirements = await this.dataSource.getRepository(TrainingRequirementEntity).findBy(rows.map((row) => ({ id: row.requirement_id })));
    const byId = new Map(requirements.map((requirement) => [requirement.id, requirement]));
    const trackIds = requirements.flatMap((requirement) => (requirement.trackId ? [requirement.trackId] : []));
    const tracks = trackIds.length ? await this.dataSource.getRepository(TrackEntity).findBy({ id: In(trackIds) }) : [];
    const now = new Date();
    const items = rows.map((row): MyTrainingRequirement => {
      const requirement = byId.get(row.requirement_id) as TrainingRequirementEntity;
      const track = tracks.find((candidate) => candidate.id === requirement.trackId) ?? null;
      const expiresAt = row.state === 'COMPLETED' && requirement.recurrenceMonths !== null ? row.due_at : null;
      const window = expiresAt ? renewalWindowOf(requirement, expiresAt) : null;
      return {
        ...personRequirementViewOf(row),
        requirement,
        track,
        coveredThroughOrgUnitId: requirement.orgUnitId,
        audience: row.audience,
        expiresAt,
        renewalOpensAt: window?.opensAt ?? null,
        dueForRenewal: isWithinRenewalWindow(window, now),
      };
    });
    return items.map((item, index) => ({ item, index })).sort((a, b) => listRank(a.item) - listRank(b.item) || a.index - b.index).map(({ item }) => item);
  }
}
