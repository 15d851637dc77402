import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, type OnApplicationBootstrap } from '@nestjs/common';
import { type CertificateJob, QUEUES } from '@hocso/contracts';
import { APP_CONFIG, type AppConfig, CertificateIssuingService, type IssueOutcome } from '@hocso/server-core';
import type { Job } from 'bullmq';

/** Issues the certificate of a completed enrollment and finishes its artefacts; the rules are in CertificateIssuingService. */
@Processor(QUEUES.certificates)
export class CertificatesProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly issuing: CertificateIssuingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    // The jobs mostly wait for the artefact threads: enough of them keep the threads and the batched writes busy.
    this.worker.concurrency = this.config.CERTIFICATE_CONCURRENCY;
    this.issuing.prepare();
  }

  process(job: Job<CertificateJob>): Promise<IssueOutcome> {
    return this.issuing.issueForEnrollment(job.data.enrollmentId);
  }
}
