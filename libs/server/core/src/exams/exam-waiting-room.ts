import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { DomainError } from '../errors/domain.error';
import { AdmissionRefusal, StartAdmissionGate } from './start-admission-gate';

/**
 * The waiting room in front of starting an attempt: EXAM_START_CONCURRENCY starts at once, the others in
 * line while their expected wait is at most EXAM_START_MAX_WAIT_MS, the rest refused with TOO_MANY_REQUESTS
 * `exam.waitingRoom`, their place and `retryAfterSeconds`.
 *
 * The gate is per process on purpose: what it protects is this process's own capacity (one Node thread and
 * its share of the database pool), so each API replica admits at its own measured pace and more replicas
 * admit more. The limit of the database shared by all replicas is held by the pools (replicas × pool size).
 */
@Injectable()
export class ExamWaitingRoom {
  private readonly gate: StartAdmissionGate;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.gate = new StartAdmissionGate({ concurrency: config.EXAM_START_CONCURRENCY, maxWaitMs: config.EXAM_START_MAX_WAIT_MS });
  }

  /**
   * A slot for one start when its turn comes, or TOO_MANY_REQUESTS `exam.waitingRoom`; `signal`: the caller
   * went away, and its place is given up. Call the answer when the start is answered, however it ends.
   */
  async enter(signal?: AbortSignal): Promise<() => void> {
    try {
      return await this.gate.enter(signal);
    } catch (error) {
      if (!(error instanceof AdmissionRefusal)) throw error;
      const { position, retryAfterSeconds } = error;
      throw DomainError.tooManyRequests('exam.waitingRoom', retryAfterSeconds, { position, seconds: retryAfterSeconds }, { position });
    }
  }
}
