/** Job of the `compliance-snapshot` queue: write today's compliance figures of every unit (again, if already written). */
export type ComplianceSnapshotJob = Record<string, never>;
