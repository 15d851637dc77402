import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CredentialCheckThrottle, CredentialVerifier, type Locale, TrustedIssuerService } from '@hocso/server-core';
import { ClientIp, CurrentActor } from '../auth/current-actor.decorator';
import { Public } from '../auth/public.decorator';
import { RequestLocale } from '../common/request-locale.decorator';
import { LIST_BOUNDS } from '../graphql/list-bounds';
import { ListSize } from '../graphql/list-size';
import { TEXT_BOUNDS } from '../graphql/text-bounds';
import { ArgMaxLengths } from '../graphql/text-lengths';
import { AddTrustedIssuerInput } from './dto/add-trusted-issuer.input';
import { CredentialCheckModel } from './models/credential-check.model';
import { TrustedIssuerModel } from './models/trusted-issuer.model';

/** Checking credentials offline (anyone), and the list of trusted issuers (administrators). */
@Resolver()
export class CredentialsResolver {
  constructor(
    private readonly verifier: CredentialVerifier,
    private readonly trusted: TrustedIssuerService,
    private readonly throttle: CredentialCheckThrottle,
  ) {}

  @Public()
  @ArgMaxLengths({ json: TEXT_BOUNDS.credentialJson })
  @Query(() => CredentialCheckModel, { description: 'checks an Open Badges 3.0 / VC 2.0 credential offline: signature, issuer, dates, status; nothing is fetched or stored; throttled per client address (TOO_MANY_REQUESTS with retryAfterSeconds)' })
  async checkCredential(@Args('json') json: string, @RequestLocale() locale: Locale, @ClientIp() ip?: string): Promise<CredentialCheckModel> {
    return CredentialCheckModel.from(await this.throttle.run(ip, () => this.verifier.verify(json)), locale);
  }

  @ListSize(LIST_BOUNDS.trustedIssuers)
  @Query(() => [TrustedIssuerModel], { description: 'administrators: the did:web issuers whose credentials verify, by name (at most 500)' })
  async trustedIssuers(@CurrentActor() actor: Actor): Promise<TrustedIssuerModel[]> {
    return (await this.trusted.list(actor)).map(TrustedIssuerModel.from);
  }

  @Mutation(() => TrustedIssuerModel, { description: 'administrators: trust a did:web issuer with the DID document they checked' })
  async addTrustedIssuer(@CurrentActor() actor: Actor, @Args('input') input: AddTrustedIssuerInput): Promise<TrustedIssuerModel> {
    return TrustedIssuerModel.from(await this.trusted.add(actor, input));
  }

  @Mutation(() => TrustedIssuerModel, { description: 'administrators: stop trusting an issuer' })
  async removeTrustedIssuer(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<TrustedIssuerModel> {
    return TrustedIssuerModel.from(await this.trusted.remove(actor, id));
  }
}
