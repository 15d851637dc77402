import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type Actor, AuthService, EmailConfirmationService } from '@hocso/server-core';
import type { Response } from 'express';
import { ClientIp, CurrentActor, HttpResponse } from './current-actor.decorator';
import { LoginInput } from './dto/login.input';
import { RegisterInput } from './dto/register.input';
import { FileSessionCookie } from './file-session-cookie';
import { AuthPayloadModel } from './models/auth-payload.model';
import { Public } from './public.decorator';
import { MaxPerOperation } from '../graphql/operation-shape';
import { TEXT_BOUNDS } from '../graphql/text-bounds';
import { ArgMaxLengths } from '../graphql/text-lengths';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly confirmations: EmailConfirmationService,
    private readonly fileCookie: FileSessionCookie,
  ) {}

  /** The payload of a session that starts or goes on, with the file cookie of its new access token. */
  private signedIn(payload: AuthPayloadModel, res: Response | undefined): AuthPayloadModel {
    this.fileCookie.set(res, payload.accessToken);
    return payload;
  }

  @Public()
  @MaxPerOperation(1)
  @Mutation(() => AuthPayloadModel)
  async register(@Args('input') input: RegisterInput, @ClientIp() ip?: string, @HttpResponse() res?: Response): Promise<AuthPayloadModel> {
    return this.signedIn(AuthPayloadModel.from(await this.auth.register(input, ip)), res);
  }

  @Public()
  @MaxPerOperation(1)
  @Mutation(() => AuthPayloadModel)
  async login(@Args('input') input: LoginInput, @ClientIp() ip?: string, @HttpResponse() res?: Response): Promise<AuthPayloadModel> {
    return this.signedIn(AuthPayloadModel.from(await this.auth.login(input, input.password, ip)), res);
  }

  @Public()
  @MaxPerOperation(1)
  @ArgMaxLengths({ refreshToken: TEXT_BOUNDS.token })
  @Mutation(() => AuthPayloadModel)
  async refreshToken(@Args('refreshToken') refreshToken: string, @HttpResponse() res?: Response): Promise<AuthPayloadModel> {
    return this.signedIn(AuthPayloadModel.from(await this.auth.refresh(refreshToken)), res);
  }

  @Public()
  @ArgMaxLengths({ refreshToken: TEXT_BOUNDS.token })
  @Mutation(() => Boolean, { description: 'Ends the session the refresh token belongs to' })
  async logout(@Args('refreshToken') refreshToken: string, @HttpResponse() res?: Response): Promise<boolean> {
    await this.auth.logout(refreshToken);
    this.fileCookie.clear(res);
    return true;
  }

  @MaxPerOperation(1)
  @ArgMaxLengths({ currentPassword: TEXT_BOUNDS.password, newPassword: TEXT_BOUNDS.password })
  @Mutation(() => Boolean, { description: 'Changes the password and signs out every other session at once' })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
  ): Promise<boolean> {
    await this.auth.changePassword(actor, currentPassword, newPassword);
    return true;
  }

  @Public()
  @MaxPerOperation(1)
  @ArgMaxLengths({ token: TEXT_BOUNDS.token, password: TEXT_BOUNDS.password })
  @Mutation(() => AuthPayloadModel, { description: 'Sets a password from a one-time link and signs in' })
  async setPasswordWithToken(
    @Args('token') token: string,
    @Args('password') password: string,
    @HttpResponse() res?: Response,
  ): Promise<AuthPayloadModel> {
    return this.signedIn(AuthPayloadModel.from(await this.auth.setPasswordWithToken(token, password)), res);
  }

  @ArgMaxLengths({ token: TEXT_BOUNDS.token })
  @Mutation(() => Boolean, { description: 'Confirms the email of the signed-in account with the link mailed to it' })
  async confirmEmail(@CurrentActor() actor: Actor, @Args('token') token: string): Promise<boolean> {
    await this.confirmations.confirm(actor, token);
    return true;
  }

  @MaxPerOperation(1)
  @Mutation(() => Boolean, { description: 'Mails the signed-in account a new confirmation link (at most one a minute)' })
  async resendEmailConfirmation(@CurrentActor() actor: Actor): Promise<boolean> {
    await this.confirmations.resend(actor);
    return true;
  }
}
