import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  type Actor,
  APP_CONFIG,
  type AppConfig,
  CertificateReadService,
  CertificateRevocationService,
  certificateUrls,
  courseViewOfEnrollment,
  publicUrlOf,
} from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Public } from '../auth/public.decorator';
import { CourseModel } from '../courses/models/course.model';
import { LIST_BOUNDS } from '../graphql/list-bounds';
import { ArgMaxLengths, DEFAULT_MAX_TEXT_LENGTH } from '../graphql/text-lengths';
import { ListSize } from '../graphql/list-size';
import type { GraphqlContext } from '../graphql/request-loaders';
import { CertificateVerificationModel } from './models/certificate-verification.model';
import { CertificateModel } from './models/certificate.model';

@Resolver(() => CertificateModel)
export class CertificatesResolver {
  private readonly publicUrl: string;

  constructor(
    private readonly reads: CertificateReadService,
    private readonly revocations: CertificateRevocationService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.publicUrl = publicUrlOf(config);
  }

  @ListSize(LIST_BOUNDS.certificatesPerLearner)
  @Query(() => [CertificateModel], { description: "The signed-in person's certificates, newest first, revoked ones included" })
  async myCertificates(@CurrentActor() actor: Actor): Promise<CertificateModel[]> {
    return (await this.reads.mine(actor)).map((certificate) => CertificateModel.from(certificate, this.publicUrl, actor));
  }

  @Public()
  // The edge's bound only stops abuse: below it the service answers with the serial's own rule and message.
  @ArgMaxLengths({ serial: DEFAULT_MAX_TEXT_LENGTH })
  @Query(() => CertificateVerificationModel, { description: 'Anyone, signed in or not: valid only for an existing ACTIVE certificate; an unknown serial is valid false' })
  async verifyCertificate(@Args('serial') serial: string): Promise<CertificateVerificationModel> {
    const verification = await this.reads.verify(serial);
    return CertificateVerificationModel.from(verification, verification.status ? certificateUrls(this.publicUrl, verification.serial).pdfUrl : null);
  }

  @ArgMaxLengths({ reason: DEFAULT_MAX_TEXT_LENGTH })
  @Mutation(() => CertificateModel, { description: 'Administrators: the status-list bit is set; the verification page shows the reason' })
  async revokeCertificate(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string): Promise<CertificateModel> {
    return CertificateModel.from(await this.revocations.revoke(actor, id, reason), this.publicUrl, actor);
  }

  @ArgMaxLengths({ reason: DEFAULT_MAX_TEXT_LENGTH })
  @Mutation(() => CertificateModel, { description: 'Administrators: revokes the certificate with reason "reissued" and issues a new one with a new serial' })
  async reissueCertificate(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string): Promise<CertificateModel> {
    return CertificateModel.from(await this.revocations.reissue(actor, id, reason), this.publicUrl, actor);
  }

  @ResolveField(() => CourseModel)
  async course(@Parent() certificate: CertificateModel, @Context() ctx: GraphqlContext): Promise<CourseModel> {
    const view = await ctx.loaders.courses.viewById.load(certificate.courseId);
    if (!view) throw new Error(`Course ${certificate.courseId} of certificate ${certificate.id} is missing`);
    return CourseModel.from(courseViewOfEnrollment(view, certificate.courseVersionId));
  }
}
