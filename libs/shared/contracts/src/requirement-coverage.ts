/** A job of the `requirement-coverage` queue: re-evaluate who a requirement covers (null: every requirement). */
export interface RequirementCoverageJob {
  requirementId: string | null;
  /** Only these people (onboarded, moved, given another audience): every requirement, for them alone. */
  userIds?: string[];
}

/** The job id of the re-evaluation an outbox row of placement changes asks for: relayed once per row. */
export function placementCoverageJobId(aggregateId: string, change: { changedAt: string; userIds: readonly string[] }): string {
  return `placement-${aggregateId}-${Date.parse(change.changedAt)}-${change.userIds[0] ?? 'none'}`;
}
