/** Job of the `requirement-coverage` queue: re-evaluate who this requirement covers (null: every requirement) and enrol them. */
export interface RequirementCoverageJob {
  requirementId: string | null;
}
