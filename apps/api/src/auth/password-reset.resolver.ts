import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { type Actor, PasswordResetService, type PasswordResetChannel, type SignedIn } from '@hocso/server-core';
import type { Response } from 'express';
import { PasswordResetChannelEnum } from '../common/graphql-enums';
import { MaxPerOperation } from '../graphql/operation-shape';
import { ClientIp, CurrentActor, HttpResponse } from './current-actor.decorator';
import { CodePasswordInput } from './dto/code-password.input';
import { PasswordResetRequestInput } from './dto/password-reset-request.input';
import { FileSessionCookie } from './file-session-cookie';
import { AuthPayloadModel } from './models/auth-payload.model';
import { Public } from './public.decorator';

@Resolver()
export class PasswordResetResolver {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly fileCookie: FileSessionCookie,
  ) {}

  @Public()
  @MaxPerOperation(1)
  @Mutation(() => Boolean, {
    description: 'Sends a one-time link to the email, or a code by SMS to the phone, of the account that uses it; answers true whether or not one does',
  })
  async requestPasswordReset(@Args('input') input: PasswordResetRequestInput, @ClientIp() ip?: string): Promise<boolean> {
    await this.resets.request(input, ip);
    return true;
  }

  @Public()
  @MaxPerOperation(1)
  @Mutation(() => AuthPayloadModel, { description: 'Sets a new password with the code sent by SMS, ends every other session and signs in' })
  async resetPasswordWithCode(@Args('input') input: CodePasswordInput, @ClientIp() ip?: string, @HttpResponse() res?: Response): Promise<AuthPayloadModel> {
    return this.signedIn(await this.resets.setPasswordWithCode('PASSWORD_RESET', input.phone, input.code, input.password, ip), res);
  }

  @Public()
  @MaxPerOperation(1)
  @Mutation(() => AuthPayloadModel, { description: 'Activates an onboarded account with the code printed for it: sets its password and signs in' })
  async activateAccount(@Args('input') input: CodePasswordInput, @ClientIp() ip?: string, @HttpResponse() res?: Response): Promise<AuthPayloadModel> {
    return this.signedIn(await this.resets.setPasswordWithCode('ACTIVATION', input.phone, input.code, input.password, ip), res);
  }

  @MaxPerOperation(1)
  @Mutation(() => PasswordResetChannelEnum, {
    description: 'Administrators, and unit managers for the people of their subtree: sends the person a password reset (a link to their email, else a code to their phone)',
  })
  sendPasswordReset(@CurrentActor() actor: Actor, @Args('userId', { type: () => ID }) userId: string): Promise<PasswordResetChannel> {
    return this.resets.sendFor(actor, userId);
  }

  private signedIn(payload: SignedIn, res: Response | undefined): AuthPayloadModel {
    const model = AuthPayloadModel.from(payload);
    this.fileCookie.set(res, model.accessToken);
    return model;
  }
}
