import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  type Actor,
  APP_CONFIG,
  type AppConfig,
  CertificateBatchService,
  COURSE_CERTIFICATE_BATCHES_MAX,
  COURSE_CERTIFICATE_PAGE_SIZES,
  CourseCertificateReadService,
  publicUrlOf,
} from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { connectionOf } from '../common/connection';
import { ListSize, PageSize } from '../graphql/list-size';
import { TEXT_BOUNDS } from '../graphql/text-bounds';
import { ArgMaxLengths, DEFAULT_MAX_TEXT_LENGTH } from '../graphql/text-lengths';
import { CertificateBatchModel } from './models/certificate-batch.model';
import { CertificateConnection } from './models/certificate-connection.model';
import { CertificateModel } from './models/certificate.model';

/** A course's certificates as a whole, for administrators and the course's trainers: the list and the bulk jobs. */
@Resolver()
export class CourseCertificatesResolver {
  private readonly publicUrl: string;

  constructor(
    private readonly batches: CertificateBatchService,
    private readonly reads: CourseCertificateReadService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.publicUrl = publicUrlOf(config);
  }

  @PageSize(COURSE_CERTIFICATE_PAGE_SIZES)
  @ArgMaxLengths({ after: TEXT_BOUNDS.cursor })
  @Query(() => CertificateConnection, { description: "administrators and the course's trainers: the course's certificates, newest serial first, revoked ones included" })
  async courseCertificates(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<CertificateConnection> {
    return connectionOf(await this.reads.page(actor, courseId, { first, after }), (certificate) => CertificateModel.from(certificate, this.publicUrl, actor));
  }

  @Query(() => CertificateBatchModel, { description: "administrators and the course's trainers: a bulk certificate job and its progress" })
  async certificateBatch(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<CertificateBatchModel> {
    return CertificateBatchModel.from(await this.batches.get(actor, id));
  }

  @ListSize(COURSE_CERTIFICATE_BATCHES_MAX)
  @Query(() => [CertificateBatchModel], { description: `administrators and the course's trainers: the course's bulk certificate jobs, newest first (at most ${COURSE_CERTIFICATE_BATCHES_MAX})` })
  async courseCertificateBatches(@CurrentActor() actor: Actor, @Args('courseId', { type: () => ID }) courseId: string): Promise<CertificateBatchModel[]> {
    return (await this.batches.ofCourse(actor, courseId)).map(CertificateBatchModel.from);
  }

  @Mutation(() => CertificateBatchModel, {
    description: "administrators and the course's trainers: a certificate for each COMPLETED enrollment of the course that has none, as a job; one job per course at a time (CONFLICT)",
  })
  async issueCourseCertificates(@CurrentActor() actor: Actor, @Args('courseId', { type: () => ID }) courseId: string): Promise<CertificateBatchModel> {
    return CertificateBatchModel.from(await this.batches.issueForCompletions(actor, courseId));
  }

  @ArgMaxLengths({ reason: DEFAULT_MAX_TEXT_LENGTH })
  @Mutation(() => CertificateBatchModel, {
    description: 'administrators and the course\'s trainers: each ACTIVE certificate of the course revoked with reason "reissued" and issued again with a new serial, as a job; one job per course at a time (CONFLICT)',
  })
  async reissueCourseCertificates(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('reason') reason: string,
  ): Promise<CertificateBatchModel> {
    return CertificateBatchModel.from(await this.batches.reissueAll(actor, courseId, reason));
  }
}
