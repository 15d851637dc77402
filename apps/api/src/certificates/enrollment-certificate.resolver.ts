import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, APP_CONFIG, type AppConfig, publicUrlOf } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { EnrollmentModel } from '../enrollments/models/enrollment.model';
import type { GraphqlContext } from '../graphql/request-loaders';
import { CertificateModel } from './models/certificate.model';

@Resolver(() => EnrollmentModel)
export class EnrollmentCertificateResolver {
  private readonly publicUrl: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.publicUrl = publicUrlOf(config);
  }

  @ResolveField(() => CertificateModel, { nullable: true, description: 'set once the worker has issued it: of the latest completion that has one, the ACTIVE one, else the latest issue (while a retake runs, the earlier completion\'s)' })
  async certificate(@Parent() enrollment: EnrollmentModel, @CurrentActor() actor: Actor, @Context() ctx: GraphqlContext): Promise<CertificateModel | null> {
    const certificate = await ctx.loaders.certificates.currentByEnrollmentId.load(enrollment.id);
    return certificate ? CertificateModel.from(certificate, this.publicUrl, actor) : null;
  }
}
