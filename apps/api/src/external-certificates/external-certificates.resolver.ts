import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, ExternalCertificateService, type Locale } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequestLocale } from '../common/request-locale.decorator';
import type { GraphqlContext } from '../graphql/request-loaders';
import { LIST_BOUNDS } from '../graphql/list-bounds';
import { ListSize } from '../graphql/list-size';
import { TEXT_BOUNDS } from '../graphql/text-bounds';
import { ArgMaxLengths } from '../graphql/text-lengths';
import { UserModel } from '../users/models/user.model';
import { SubmitExternalCertificateInput } from './dto/submit-external-certificate.input';
import { ExternalCertificateModel } from './models/external-certificate.model';

@Resolver(() => ExternalCertificateModel)
export class ExternalCertificatesResolver {
  constructor(private readonly certificates: ExternalCertificateService) {}

  @ListSize(LIST_BOUNDS.externalCertificates)
  @Query(() => [ExternalCertificateModel], { description: "the caller's submissions, newest first (at most 500)" })
  async myExternalCertificates(@CurrentActor() actor: Actor, @RequestLocale() locale: Locale): Promise<ExternalCertificateModel[]> {
    return (await this.certificates.mine(actor)).map((entity) => ExternalCertificateModel.from(entity, locale));
  }

  @ListSize(LIST_BOUNDS.externalCertificates)
  @Query(() => [ExternalCertificateModel], { description: 'admins: all; unit managers: their subtree (oldest first, at most 500)' })
  async pendingExternalCertificates(@CurrentActor() actor: Actor, @RequestLocale() locale: Locale): Promise<ExternalCertificateModel[]> {
    return (await this.certificates.pending(actor)).map((entity) => ExternalCertificateModel.from(entity, locale));
  }

  @Mutation(() => ExternalCertificateModel)
  async submitExternalCertificate(@CurrentActor() actor: Actor, @Args('input') input: SubmitExternalCertificateInput, @RequestLocale() locale: Locale): Promise<ExternalCertificateModel> {
    return ExternalCertificateModel.from(await this.certificates.submit(actor, input), locale);
  }

  @ArgMaxLengths({ reason: TEXT_BOUNDS.comment })
  @Mutation(() => ExternalCertificateModel, { description: 'admins, and unit managers for people in their subtree; a rejection needs a reason' })
  async reviewExternalCertificate(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('approve') approve: boolean,
    @RequestLocale() locale: Locale,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<ExternalCertificateModel> {
    return ExternalCertificateModel.from(await this.certificates.review(actor, id, approve, reason), locale);
  }

  @ResolveField(() => UserModel)
  async holder(@Parent() certificate: ExternalCertificateModel, @Context() ctx: GraphqlContext): Promise<UserModel> {
    const user = await ctx.loaders.users.byId.load(certificate.holderId);
    if (!user) throw new Error(`User ${certificate.holderId} of external certificate ${certificate.id} is missing`);
    return UserModel.from(user);
  }
}
