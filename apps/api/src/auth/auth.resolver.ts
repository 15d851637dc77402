import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type Actor, AuthService } from '@hocso/server-core';
import { ClientIp, CurrentActor } from './current-actor.decorator';
import { LoginInput } from './dto/login.input';
import { RegisterInput } from './dto/register.input';
import { AuthPayloadModel } from './models/auth-payload.model';
import { Public } from './public.decorator';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayloadModel)
  async register(@Args('input') input: RegisterInput): Promise<AuthPayloadModel> {
    return AuthPayloadModel.from(await this.auth.register(input));
  }

  @Public()
  @Mutation(() => AuthPayloadModel)
  async login(@Args('input') input: LoginInput, @ClientIp() ip?: string): Promise<AuthPayloadModel> {
    return AuthPayloadModel.from(await this.auth.login(input.email, input.password, ip));
  }

  @Public()
  @Mutation(() => AuthPayloadModel)
  async refreshToken(@Args('refreshToken') refreshToken: string): Promise<AuthPayloadModel> {
    return AuthPayloadModel.from(await this.auth.refresh(refreshToken));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session the refresh token belongs to' })
  async logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    await this.auth.logout(refreshToken);
    return true;
  }

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
  @Mutation(() => AuthPayloadModel, { description: 'Sets a password from a one-time link and signs in' })
  async setPasswordWithToken(@Args('token') token: string, @Args('password') password: string): Promise<AuthPayloadModel> {
    return AuthPayloadModel.from(await this.auth.setPasswordWithToken(token, password));
  }
}
