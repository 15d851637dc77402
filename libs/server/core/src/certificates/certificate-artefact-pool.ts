import path from 'node:path';
import { Inject, Injectable, type OnApplicationShutdown, Optional } from '@nestjs/common';
import { Piscina } from 'piscina';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { CERTIFICATE_CREDENTIALS, type CertificateCredentials } from './certificate-credentials';
import { type ArtefactRequest, type Artefacts, makeCertificateArtefacts } from './certificate-artefacts';
import type { ArtefactThreadData } from './certificate-artefacts.thread';
import { CredentialIssuer } from './credentials/credential-issuer';

/** The thread's module: the compiled one in a build; from the TypeScript source (tests, benches), through swc. */
const THREAD_FILE = path.join(__dirname, `certificate-artefacts.thread${path.extname(__filename)}`);
const FROM_SOURCE = path.extname(__filename) === '.ts';

/**
 * Renders certificate PDFs and signs their credentials in CERTIFICATE_RENDER_THREADS worker threads (piscina),
 * so that one worker process uses every core while its main thread keeps to the database and the queue;
 * 0 makes them in the calling thread. The threads start with the first certificate, or when `start` is called
 * (the worker process, at its start), never with the module alone (the API has it too).
 */
@Injectable()
export class CertificateArtefactPool implements OnApplicationShutdown {
  private pool?: Piscina<ArtefactRequest, Artefacts>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly issuer: CredentialIssuer,
    @Optional() @Inject(CERTIFICATE_CREDENTIALS) private readonly credentials: CertificateCredentials | null = null,
  ) {}

  /** Starts the threads now (a process that issues certificates, at its start) rather than with the first certificate. */
  start(): void {
    if (this.config.CERTIFICATE_RENDER_THREADS > 0) this.pool ??= this.startPool();
  }

  async make(request: ArtefactRequest): Promise<Artefacts> {
    if (this.config.CERTIFICATE_RENDER_THREADS === 0) return makeCertificateArtefacts(this.credentials ? this.issuer : null, request);
    this.pool ??= this.startPool();
    return this.pool.run(request);
  }

  async onApplicationShutdown(): Promise<void> {
    // The tasks under way and waiting are finished first (the jobs that asked for them are being awaited too).
    await this.pool?.close();
  }

  private startPool(): Piscina<ArtefactRequest, Artefacts> {
    const threads = this.config.CERTIFICATE_RENDER_THREADS;
    const workerData: ArtefactThreadData = { config: this.config, signsCredentials: this.credentials !== null };
    return new Piscina({
      filename: THREAD_FILE,
      name: 'make',
      minThreads: threads,
      maxThreads: threads,
      // The threads are busy with CPU: a small waiting line each keeps them fed without hoarding the work.
      concurrentTasksPerWorker: 1,
      idleTimeout: 60_000,
      // JSON-LD processing makes much short-lived garbage: a larger young generation collects it less often (≈ 10% of a credential).
      resourceLimits: { maxYoungGenerationSizeMb: 64 },
      workerData,
      execArgv: FROM_SOURCE ? ['--require', '@swc-node/register'] : undefined,
    });
  }
}
