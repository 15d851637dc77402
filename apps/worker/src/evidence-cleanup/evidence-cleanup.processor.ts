import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QUEUES } from '@hocso/contracts';
import { ExternalCertificateEvidenceService, UNSUBMITTED_EVIDENCE_TTL_MS } from '@hocso/server-core';

/** Deletes the evidence files no certificate was submitted with a day after their upload. */
@Processor(QUEUES.evidenceCleanup, { concurrency: 1 })
export class EvidenceCleanupProcessor extends WorkerHost {
  constructor(private readonly evidence: ExternalCertificateEvidenceService) {
    super();
  }

  async process(): Promise<{ deleted: number }> {
    return { deleted: await this.evidence.deleteUnsubmittedBefore(new Date(Date.now() - UNSUBMITTED_EVIDENCE_TTL_MS)) };
  }
}
